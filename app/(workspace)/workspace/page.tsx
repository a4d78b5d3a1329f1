import type { Metadata } from 'next';
import { PageTitle } from '@/components/shell/PageTitle';
import { StaffInviteForm } from '@/components/workspace/StaffInviteForm';
import { Avatar } from '@/components/board/ParticipantList';
import { Badge } from '@/components/ui/Badge';
import { Section } from '@/components/ui/Card';
import { requirePageActor } from '@/lib/server/auth/current-actor';
import { getWorkspaceForUser } from '@/lib/server/workspace/get-workspace';
import { listWorkspaceMembers } from '@/lib/server/workspace/list-members';

export const metadata: Metadata = { title: 'Workspace' };

export default async function WorkspacePage() {
  const actor = await requirePageActor('/workspace');
  const workspace = await getWorkspaceForUser(actor.userId);
  if (!workspace) return null; // guests never get here: the layout shows them their own page
  const members = await listWorkspaceMembers({ actorId: actor.userId });
  const isAdmin = workspace.role === 'admin';

  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title={workspace.name} eyebrow="Workspace" description="Staff of the firm. Customers are not members here: they join single boards through invite links." />
      <div className="space-y-6">
        <Section title="Staff" actions={<Badge>{members.length}</Badge>}>
          <ul className="divide-y divide-line" aria-label="Staff">
            {members.map((m) => (
              <li key={m.userId} className="flex items-center gap-3 py-2.5">
                <Avatar name={m.name} side="firm" />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium">
                    {m.name}
                    {m.userId === actor.userId && <span className="ml-1.5 text-xs font-normal text-muted">(you)</span>}
                  </p>
                  <p className="truncate text-xs text-muted">{m.email}</p>
                </div>
                <Badge tone={m.role === 'admin' ? 'brand' : 'neutral'}>{m.role === 'admin' ? 'Admin' : 'Member'}</Badge>
              </li>
            ))}
          </ul>
        </Section>
        {isAdmin ? (
          <Section title="Invite staff" description="A sign-up link that makes someone a member of this workspace.">
            <StaffInviteForm />
          </Section>
        ) : (
          <p className="text-sm text-muted">Ask a workspace admin to invite more staff.</p>
        )}
      </div>
    </div>
  );
}
