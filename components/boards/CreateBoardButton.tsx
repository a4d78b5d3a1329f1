'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '@/lib/client/api';
import { ZBoardCreate, type TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field, Input, Textarea } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';
import { useSchemaForm } from '@/components/forms/use-schema-form';

export function CreateBoardButton() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  // Stays busy after success: the page is on its way to the new board.
  const { onSubmit, errors, busy } = useSchemaForm(
    ZBoardCreate,
    (form) => ({ name: form.get('name'), description: form.get('description') }),
    async (data) => {
      const { board } = await api<{ board: TBoard }>('POST', '/api/v1/boards', data);
      toast.success(`Board “${board.name}” created`);
      router.push(`/b/${board.id}`);
    },
    { keepBusy: true },
  );

  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> New board
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New board" description="One board per service, e.g. “Ordering at the counter”.">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field label="Name" error={errors.name}>
            {(ids) => <Input {...ids} name="name" required data-autofocus maxLength={120} />}
          </Field>
          <Field label="Description" hint="Optional: who the service is for and what it covers" error={errors.description}>
            {(ids) => <Textarea {...ids} name="description" rows={3} maxLength={2000} />}
          </Field>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" busy={busy}>
              Create board
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
