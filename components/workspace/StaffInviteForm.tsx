'use client';

import { useState } from 'react';
import { api } from '@/lib/client/api';
import { ZWorkspaceInviteCreate } from '@/lib/shared/schemas/invite';
import { EmailNotSent } from '@/components/invite/EmailNotSent';
import { InviteLimitFields, readInviteLimits } from '@/components/invite/InviteLimitFields';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { OneTimeSecret } from '@/components/ui/OneTimeSecret';
import { useToast } from '@/components/ui/Toast';
import { useSchemaForm } from '@/components/forms/use-schema-form';

export function StaffInviteForm() {
  const [url, setUrl] = useState<string | null>(null);
  const [notEmailed, setNotEmailed] = useState<string | null>(null);
  const toast = useToast();
  const { onSubmit, errors, busy } = useSchemaForm(ZWorkspaceInviteCreate, readInviteLimits, async (data) => {
    const res = await api<{ url: string; emailed?: boolean }>('POST', '/api/v1/workspace/invites', data);
    setUrl(res.url);
    setNotEmailed(data.email && !res.emailed ? data.email : null);
    toast.success(res.emailed ? 'Staff invite created and emailed' : 'Staff invite created');
  });

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
      {url && notEmailed && <EmailNotSent to={notEmailed} />}
      {url && <OneTimeSecret label="New staff invite link" value={url} onDismiss={() => setUrl(null)} />}
    </>
  );
}
