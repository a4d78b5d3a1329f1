'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import type { Role } from '@/lib/shared/roles';
import type { TInvite } from '@/lib/shared/schemas/invite';
import { Section } from '@/components/ui/Card';
import { useToast } from '@/components/ui/Toast';
import { OneTimeSecret } from '@/components/ui/OneTimeSecret';
import { EmailNotSent } from '@/components/invite/EmailNotSent';
import { InviteForm } from './InviteForm';
import { InviteList } from './InviteList';

/** Invite links of a board: make one (shown once, since only its hash is stored), list, revoke. */
export function InvitePanel({ boardId, invites, inviterRole }: { boardId: string; invites: TInvite[]; inviterRole: Role }) {
  const [created, setCreated] = useState<string | null>(null);
  const [notEmailed, setNotEmailed] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const router = useRouter();
  const toast = useToast();

  async function revoke(invite: TInvite) {
    setRevoking(invite.id);
    try {
      await api('DELETE', `/api/v1/boards/${boardId}/invites/${invite.id}`);
      toast.success('Invite link revoked');
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setRevoking(null);
    }
  }

  return (
    <Section title="Invite links" description="Anyone with an active link can join this board with the role and side you choose.">
      <InviteForm
        boardId={boardId}
        inviterRole={inviterRole}
        onCreated={(url, emailed, emailTo) => {
          setCreated(url);
          setNotEmailed(emailTo && !emailed ? emailTo : null);
          toast.success(emailed ? 'Invite link created and emailed' : 'Invite link created');
          router.refresh();
        }}
      />
      {created && notEmailed && <EmailNotSent to={notEmailed} />}
      {created && <OneTimeSecret label="New invite link" value={created} onDismiss={() => setCreated(null)} />}
      <InviteList invites={invites} revoking={revoking} onRevoke={revoke} />
    </Section>
  );
}
