'use client';

import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ZWorkspaceInviteCreate } from '@/lib/shared/schemas/invite';
import { InviteLimitFields } from '@/components/invite/InviteLimitFields';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { OneTimeSecret } from '@/components/ui/OneTimeSecret';
import { useToast } from '@/components/ui/Toast';

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
        <InviteLimitFields errors={errors} defaultMaxUses={1} />
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
