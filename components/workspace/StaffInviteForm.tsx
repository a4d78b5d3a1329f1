'use client';

import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { INVITE_EXPIRY_HOURS, ZWorkspaceInviteCreate } from '@/lib/shared/schemas/invite';
import { Button } from '@/components/ui/Button';
import { Field, Input, Select } from '@/components/ui/Field';
import { OneTimeSecret } from '@/components/ui/OneTimeSecret';
import { useToast } from '@/components/ui/Toast';

const EXPIRY_LABEL: Record<number, string> = { 1: '1 hour', 24: '1 day', 168: '7 days', 720: '30 days' };

export function StaffInviteForm() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const maxUses = String(form.get('maxUses') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const checked = validate(ZWorkspaceInviteCreate, {
      expiresInHours: Number(form.get('expiresInHours')),
      maxUses: maxUses ? Number(maxUses) : null,
      ...(email ? { email } : {}),
    });
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      const res = await api<{ url: string; emailed?: boolean }>('POST', '/api/v1/workspace/invites', checked.data);
      setUrl(res.url);
      toast.success(res.emailed ? 'Staff invite created and emailed' : 'Staff invite created');
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
        <Field label="Expires after" error={errors.expiresInHours}>
          {(ids) => (
            <Select {...ids} name="expiresInHours" defaultValue="168">
              {INVITE_EXPIRY_HOURS.map((h) => (
                <option key={h} value={h}>
                  {EXPIRY_LABEL[h] ?? `${h} hours`}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Use limit" hint="Empty for no limit" error={errors.maxUses}>
          {(ids) => <Input {...ids} name="maxUses" type="number" min={1} max={1000} defaultValue={1} />}
        </Field>
        <Field label="Email it to" hint="Optional" error={errors.email}>
          {(ids) => <Input {...ids} name="email" type="email" autoComplete="off" />}
        </Field>
        <div className="flex justify-end sm:col-span-3">
          <Button type="submit" busy={busy}>
            Create staff invite
          </Button>
        </div>
      </form>
      {url && <OneTimeSecret label="New staff invite link" value={url} onDismiss={() => setUrl(null)} />}
    </>
  );
}
