'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { ROLE_LABEL, ROLES, SIDES, type Role, type Side } from '@/lib/shared/roles';
import type { TParticipant } from '@/lib/shared/schemas/participant';
import { Avatar } from '@/components/board/ParticipantList';
import { RoleBadge, SideBadge } from '@/components/board/RoleBadges';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Select } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';

/** The board's people; owners change roles and sides in place, anyone may leave. */
export function MemberList({ boardId, participants, canManage }: { boardId: string; participants: TParticipant[]; canManage: boolean }) {
  const [removing, setRemoving] = useState<TParticipant | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const router = useRouter();
  const toast = useToast();

  async function update(p: TParticipant, change: { role?: Role; side?: Side }) {
    setBusy(p.userId);
    try {
      await api('PATCH', `/api/v1/boards/${boardId}/participants/${p.userId}`, change);
      toast.success(`${p.displayName} is now ${change.role ? ROLE_LABEL[change.role].toLowerCase() : `on the ${change.side} side`}`);
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
      router.refresh();
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    if (!removing) return;
    setBusy(removing.userId);
    try {
      await api('DELETE', `/api/v1/boards/${boardId}/participants/${removing.userId}`);
      if (removing.isYou) {
        window.location.assign('/boards');
        return;
      }
      toast.success(`${removing.displayName} removed from the board`);
      setRemoving(null);
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
      setRemoving(null);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <ul className="divide-y divide-line" aria-label="People on this board">
        {participants.map((p) => (
          <li key={p.userId} className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3">
            <Avatar name={p.displayName} side={p.side} />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium">
                {p.displayName}
                {p.isYou && <span className="ml-1.5 text-xs font-normal text-muted">(you)</span>}
                {p.kind === 'guest' && <span className="ml-1.5 text-xs font-normal text-muted">· guest</span>}
              </p>
              {p.email && <p className="truncate text-xs text-muted">{p.email}</p>}
            </div>
            <div className="flex w-full items-center justify-end gap-2 sm:w-auto">
              {canManage ? (
                <>
                  <Select
                    aria-label={`Role of ${p.displayName}`}
                    value={p.role}
                    disabled={busy === p.userId}
                    onChange={(e) => update(p, { role: e.target.value as Role })}
                    className="h-8 flex-1 sm:w-40 sm:flex-none"
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABEL[r]}
                      </option>
                    ))}
                  </Select>
                  <Select
                    aria-label={`Side of ${p.displayName}`}
                    value={p.side}
                    disabled={busy === p.userId}
                    onChange={(e) => update(p, { side: e.target.value as Side })}
                    className="h-8 flex-1 sm:w-32 sm:flex-none"
                  >
                    {SIDES.map((s) => (
                      <option key={s} value={s}>
                        {s === 'firm' ? 'Firm' : 'Customer'}
                      </option>
                    ))}
                  </Select>
                </>
              ) : (
                <div className="flex gap-1.5">
                  <SideBadge side={p.side} />
                  <RoleBadge role={p.role} />
                </div>
              )}
              {(canManage || p.isYou) && (
                <Button variant="ghost" size="sm" onClick={() => setRemoving(p)} aria-label={p.isYou ? 'Leave this board' : `Remove ${p.displayName}`}>
                  {p.isYou ? 'Leave' : 'Remove'}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={removing?.isYou ? 'Leave this board?' : `Remove ${removing?.displayName ?? ''}?`}
        description={removing?.isYou ? 'You will lose access until someone invites you again.' : 'They lose access to this board at once. Their past contributions stay credited to them.'}
        confirmLabel={removing?.isYou ? 'Leave board' : 'Remove'}
        busy={busy !== null && busy === removing?.userId}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
