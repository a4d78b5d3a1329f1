import { RoleBadge, SideBadge } from '@/components/board/RoleBadges';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import type { TInvite } from '@/lib/shared/schemas/invite';
import { LocalTime } from '@/components/ui/LocalTime';

const STATUS: Record<TInvite['status'], { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'success' },
  expired: { label: 'Expired', tone: 'neutral' },
  revoked: { label: 'Revoked', tone: 'danger' },
  used_up: { label: 'Used up', tone: 'neutral' },
};

export function InviteList({ invites, revoking, onRevoke }: { invites: TInvite[]; revoking: string | null; onRevoke: (invite: TInvite) => void }) {
  if (invites.length === 0) {
    return <p className="mt-6 border-t border-line pt-4 text-sm text-muted">No invite links yet.</p>;
  }
  return (
    <ul className="mt-6 divide-y divide-line border-t border-line" aria-label="Invite links">
      {invites.map((invite) => {
        const status = STATUS[invite.status];
        return (
          <li key={invite.id} className="flex flex-wrap items-center gap-3 py-3" data-invite-status={invite.status}>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-1.5 text-sm font-medium">
                <span className="mr-1 truncate">{invite.label || 'Invite link'}</span>
                <RoleBadge role={invite.role} />
                <SideBadge side={invite.side} />
                <Badge tone={status.tone}>{status.label}</Badge>
              </p>
              <p className="mt-0.5 text-xs text-muted">
                {invite.uses} of {invite.maxUses ?? 'unlimited'} uses · {invite.status === 'expired' ? 'expired' : 'expires'} <LocalTime iso={invite.expiresAt} withTime />
              </p>
            </div>
            {invite.status === 'active' && (
              <Button variant="secondary" size="sm" busy={revoking === invite.id} onClick={() => onRevoke(invite)} aria-label={`Revoke ${invite.label || 'invite link'} (${invite.role}, ${invite.side})`}>
                Revoke
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
