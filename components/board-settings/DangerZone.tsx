'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import type { TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { Dialog } from '@/components/ui/Dialog';
import { Field, Input } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';

/** Archive/restore and delete, the owner's irreversible-ish actions. */
export function DangerZone({ board, canDelete }: { board: TBoard; canDelete: boolean }) {
  const [busy, setBusy] = useState<'archive' | 'delete' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [typed, setTyped] = useState('');
  const router = useRouter();
  const toast = useToast();
  const archived = board.archivedAt !== null;

  async function toggleArchive() {
    setBusy('archive');
    try {
      await api('PATCH', `/api/v1/boards/${board.id}`, { archived: !archived });
      toast.success(archived ? 'Board restored' : 'Board archived');
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  async function remove(e: React.FormEvent) {
    e.preventDefault();
    setBusy('delete');
    try {
      await api('DELETE', `/api/v1/boards/${board.id}`, { confirmName: typed });
      toast.success(`Board “${board.name}” deleted`);
      router.push('/boards');
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
      setBusy(null);
    }
  }

  return (
    <Section title="Archive or delete" className="border-red-200">
      <div className="divide-y divide-line">
        <div className="flex flex-wrap items-center justify-between gap-3 pb-4">
          <div className="max-w-md text-sm">
            <p className="font-medium">{archived ? 'Restore this board' : 'Archive this board'}</p>
            <p className="text-muted">{archived ? 'Brings it back to the active list.' : 'Moves it to the archived list; nothing is lost.'}</p>
          </div>
          <Button variant="secondary" onClick={toggleArchive} busy={busy === 'archive'}>
            {archived ? 'Restore board' : 'Archive board'}
          </Button>
        </div>
        {canDelete && (
          <div className="flex flex-wrap items-center justify-between gap-3 pt-4">
            <div className="max-w-md text-sm">
              <p className="font-medium">Delete this board</p>
              <p className="text-muted">Removes its scripts, history and people for good.</p>
            </div>
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete board
            </Button>
          </div>
        )}
      </div>
      <Dialog open={deleting} onClose={() => setDeleting(false)} title="Delete board" description={<>This cannot be undone. Type <strong className="text-ink">{board.name}</strong> to confirm.</>}>
        <form onSubmit={remove} className="space-y-4">
          <Field label="Board name">{(ids) => <Input {...ids} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" data-autofocus />}</Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={typed !== board.name} busy={busy === 'delete'}>
              Delete forever
            </Button>
          </div>
        </form>
      </Dialog>
    </Section>
  );
}
