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
import { TEMPLATES } from '@/lib/shared/templates';

export function CreateBoardButton() {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  // Stays busy after success: the page is on its way to the new board.
  const { onSubmit, errors, busy } = useSchemaForm(
    ZBoardCreate,
    (form) => ({ name: form.get('name'), description: form.get('description'), template: form.get('template') ?? 'blank' }),
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
          <fieldset>
            <legend className="text-sm font-medium text-ink">Start from</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {TEMPLATES.map((t) => (
                <label key={t.id} className="flex cursor-pointer gap-2 rounded-lg border border-line p-2.5 text-sm has-[:checked]:border-brand has-[:checked]:bg-indigo-50/60 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand">
                  <input type="radio" name="template" value={t.id} defaultChecked={t.id === 'blank'} className="mt-0.5 accent-brand" />
                  <span>
                    <span className="block font-medium text-ink">{t.name}</span>
                    <span className="block text-xs text-stone-600">{t.summary}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
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
