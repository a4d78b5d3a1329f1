'use client';

import { api } from '@/lib/client/api';
import { invitableRoles } from '@/lib/shared/policy';
import type { Role } from '@/lib/shared/roles';
import { ZInviteCreate } from '@/lib/shared/schemas/invite';
import { InviteLimitFields, readInviteLimits } from '@/components/invite/InviteLimitFields';
import { Button } from '@/components/ui/Button';
import { Field, Input } from '@/components/ui/Field';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { RoleSideFields } from './RoleSideFields';

export function InviteForm({ boardId, inviterRole, onCreated }: { boardId: string; inviterRole: Role; onCreated: (url: string, emailed: boolean, emailTo?: string) => void }) {
  const { onSubmit, errors, busy } = useSchemaForm(
    ZInviteCreate,
    (form) => ({ role: form.get('role'), side: form.get('side'), label: form.get('label'), ...readInviteLimits(form) }),
    async (data) => {
      const res = await api<{ url: string; emailed: boolean }>('POST', `/api/v1/boards/${boardId}/invites`, data);
      onCreated(res.url, res.emailed, data.email);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      <RoleSideFields errors={errors} roles={(side) => invitableRoles(inviterRole, side)} defaultRole="contributor" defaultSide="customer" />
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
