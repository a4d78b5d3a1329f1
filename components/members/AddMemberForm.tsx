'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ROLE_LABEL, ROLES } from '@/lib/shared/roles';
import { ZParticipantAdd } from '@/lib/shared/schemas/participant';
import { Button } from '@/components/ui/Button';
import { Field, Input, Select } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';

/** Adds a staff member of the workspace by email. Customers join through invite links instead. */
export function AddMemberForm({ boardId }: { boardId: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const checked = validate(ZParticipantAdd, { email: form.get('email'), role: form.get('role'), side: form.get('side') });
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      await api('POST', `/api/v1/boards/${boardId}/participants`, checked.data);
      toast.success(`${checked.data.email} added to the board`);
      formEl.reset();
      router.refresh();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 border-t border-line pt-5">
      <h3 className="text-sm font-semibold">Add a colleague</h3>
      <p className="mb-3 text-sm text-muted">Staff of your workspace, by their sign-in email.</p>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_8rem_auto] sm:items-end">
        <Field label="Email" error={errors.email}>
          {(ids) => <Input {...ids} name="email" type="email" autoComplete="off" required />}
        </Field>
        <Field label="Role" error={errors.role}>
          {(ids) => (
            <Select {...ids} name="role" defaultValue="editor">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Side" error={errors.side}>
          {(ids) => (
            <Select {...ids} name="side" defaultValue="firm">
              <option value="firm">Firm</option>
              <option value="customer">Customer</option>
            </Select>
          )}
        </Field>
        <Button type="submit" variant="secondary" busy={busy}>
          Add
        </Button>
      </div>
    </form>
  );
}
