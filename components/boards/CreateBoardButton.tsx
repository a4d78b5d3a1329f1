'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ZBoardCreate, type TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field, Input, Textarea } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';

export function CreateBoardButton() {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const checked = validate(ZBoardCreate, { name: form.get('name'), description: form.get('description') });
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      const { board } = await api<{ board: TBoard }>('POST', '/api/v1/boards', checked.data);
      toast.success(`Board “${board.name}” created`);
      router.push(`/b/${board.id}`);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
      setBusy(false);
    }
  }

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
