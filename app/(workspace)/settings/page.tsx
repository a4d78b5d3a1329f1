import type { Metadata } from 'next';
import { SignOutEverywhere } from '@/components/account/SignOutEverywhere';
import { TokenManager } from '@/components/account/TokenManager';
import { PageTitle } from '@/components/shell/PageTitle';
import { Section } from '@/components/ui/Card';
import { requirePageActor } from '@/lib/server/auth/current-actor';
import { listTokens } from '@/lib/server/tokens/list-tokens';

export const metadata: Metadata = { title: 'Account settings' };

export default async function AccountSettingsPage() {
  const actor = await requirePageActor('/settings');
  const tokens = actor.kind === 'staff' ? await listTokens({ actorId: actor.userId }) : [];
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title="Account settings" description={<>Signed in as {actor.name}{actor.email ? ` (${actor.email})` : ''}.</>} />
      <div className="space-y-6">
        <TokenManager tokens={tokens} />
        <Section title="Sessions" description="Signs you out on every browser and device, closes live connections and revokes your API tokens (scripts need a new one).">
          <SignOutEverywhere />
        </Section>
      </div>
    </div>
  );
}
