import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AcceptInviteForm } from '@/components/invite/AcceptInviteForm';
import { RoleBadge, SideBadge } from '@/components/board/RoleBadges';
import { Card } from '@/components/ui/Card';
import { StatusPage } from '@/components/ui/StatusPage';
import { getCurrentActor } from '@/lib/server/auth/current-actor';
import { inspectInvite } from '@/lib/server/invites/inspect-invite';
import { ROLE_DESCRIPTION } from '@/lib/shared/roles';
import { ZInviteToken } from '@/lib/shared/schemas/invite';

export const metadata: Metadata = { title: 'Invitation', robots: { index: false } };

const UNAVAILABLE = {
  expired: { eyebrow: 'Link expired', title: 'This invite link has expired' },
  revoked: { eyebrow: 'Link revoked', title: 'This invite link was revoked' },
  used_up: { eyebrow: 'Link used up', title: 'This invite link has been used up' },
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = ZInviteToken.safeParse(token).success ? await inspectInvite(token) : null;

  if (!invite) {
    return (
      <StatusPage eyebrow="Unknown link" title="This invite link isn't valid">
        Check that you copied the whole link, or ask the person who invited you for a new one.
      </StatusPage>
    );
  }
  if (invite.kind === 'workspace') redirect(`/signup?invite=${encodeURIComponent(token)}`);
  if (invite.status !== 'active') {
    const page = UNAVAILABLE[invite.status];
    return (
      <StatusPage eyebrow={page.eyebrow} tone="warning" title={page.title}>
        {invite.boardName ? <>The link to “{invite.boardName}” no longer works. </> : null}
        Ask the person who invited you for a new one.
      </StatusPage>
    );
  }

  const actor = await getCurrentActor();
  return (
    <div className="mx-auto max-w-md pt-6 sm:pt-12">
      <p className="text-sm font-medium text-brand">{invite.workspaceName} invited you</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Join “{invite.boardName}”</h1>
      <Card className="mt-6 p-6">
        <div className="mb-5 rounded-lg bg-stone-50 p-3 text-sm">
          <p className="flex flex-wrap items-center gap-1.5">
            You join as {invite.role && <RoleBadge role={invite.role} />} {invite.side && <SideBadge side={invite.side} />}
          </p>
          {invite.role && <p className="mt-1.5 text-muted">{ROLE_DESCRIPTION[invite.role]}.</p>}
        </div>
        <AcceptInviteForm token={token} signedInAs={actor?.kind === 'staff' ? actor.name : null} />
      </Card>
      <p className="mt-4 text-center text-xs text-muted">You only get access to this board. Your contributions are credited to the name you give.</p>
    </div>
  );
}
