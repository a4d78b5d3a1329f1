'use client';

import { useRouter } from 'next/navigation';
import { api } from '@/lib/client/api';
import { ROLES } from '@/lib/shared/roles';
import { ZParticipantAdd } from '@/lib/shared/schemas/participant';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { RoleSideFields } from './RoleSideFields';

/** Adds a staff member of the workspace by email. Customers join through invite links instead. */
export function AddMemberForm({ boardId }: { boardId: string }) {
  const router = useRouter();
  const toast = useToast();
  const { onSubmit, errors, busy } = useSchemaForm(
    ZParticipantAdd,
    (form) => ({ email: form.get('email'), role: form.get('role'), side: form.get('side') }),
    async (data, formEl) => {
      await api('POST', `/api/v1/boards/${boardId}/participants`, data);
      toast.success(`${data.email} added to the board`);
      formEl.reset();
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 border-t border-line pt-5">
      <h3 className="text-sm font-semibold">Add a colleague</h3>
      <p className="mb-3 text-sm text-muted">Staff of your workspace, by their sign-in email.</p>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_8rem_auto] sm:items-end">
        <Field label="Email" error={errors.email}>
          {(ids) => <Input {...ids} name="email" type="email" autoComplete="off" required />}
        </Field>
        <RoleSideFields errors={errors} roles={ROLES} defaultRole="editor" defaultSide="firm" />
        <Button type="submit" variant="secondary" busy={busy}>
          Add
        </Button>
      </div>
    </form>
  );
}
