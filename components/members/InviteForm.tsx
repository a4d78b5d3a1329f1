'use client';

import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ROLE_LABEL, type Role } from '@/lib/shared/roles';
import { ZInviteCreate } from '@/lib/shared/schemas/invite';
import { InviteLimitFields } from '@/components/invite/InviteLimitFields';
import { Button } from '@/components/ui/Button';
import { Field, Input, Select } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';

export function InviteForm({ boardId, roles, onCreated }: { boardId: string; roles: Role[]; onCreated: (url: string, emailed: boolean) => void }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const maxUses = String(form.get('maxUses') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const checked = validate(ZInviteCreate, {
      role: form.get('role'),
      side: form.get('side'),
      label: form.get('label'),
      expiresInHours: Number(form.get('expiresInHours')),
      maxUses: maxUses ? Number(maxUses) : null,
      ...(email ? { email } : {}),
    });
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      const res = await api<{ url: string; emailed: boolean }>('POST', `/api/v1/boards/${boardId}/invites`, checked.data);
      onCreated(res.url, res.emailed);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      <Field label="Role" error={errors.role}>
        {(ids) => (
          <Select {...ids} name="role" defaultValue={roles.includes('contributor') ? 'contributor' : roles[0]}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Side" error={errors.side}>
        {(ids) => (
          <Select {...ids} name="side" defaultValue="customer">
            <option value="customer">Customer</option>
            <option value="firm">Firm</option>
          </Select>
        )}
      </Field>
      <InviteLimitFields errors={errors} />
      <Field label="Label" hint="Optional, e.g. “Workshop 12 May”" error={errors.label}>
        {(ids) => <Input {...ids} name="label" maxLength={80} />}
      </Field>
      <Field label="Email it to" hint="Optional; sent when email is set up" error={errors.email}>
        {(ids) => <Input {...ids} name="email" type="email" autoComplete="off" />}
      </Field>
      <div className="flex justify-end sm:col-span-3">
        <Button type="submit" busy={busy}>
          Create invite link
        </Button>
      </div>
    </form>
  );
}
