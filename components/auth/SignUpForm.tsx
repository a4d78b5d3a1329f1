'use client';

import { useState } from 'react';
import { api } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ZSignUp } from '@/lib/shared/schemas/auth';
import { Button } from '@/components/ui/Button';
import { Field, FormError, Input } from '@/components/ui/Field';

/** Signs up a staff member: a new workspace, or the one of a staff invite when `inviteToken` is set. */
export function SignUpForm({ inviteToken }: { inviteToken?: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const checked = validate(ZSignUp, {
      name: form.get('name'),
      email: form.get('email'),
      password: form.get('password'),
      ...(inviteToken ? { inviteToken } : { workspaceName: String(form.get('workspaceName') ?? '').trim() || undefined }),
    });
    setErrors(checked.errors ?? {});
    setFormError(null);
    if (!checked.data) return;
    setBusy(true);
    try {
      await api('POST', '/api/v1/auth/signup', checked.data);
      window.location.assign('/boards');
    } catch (error) {
      setBusy(false);
      setErrors(fieldErrorsOf(error));
      setFormError(error instanceof Error ? error.message : 'Could not sign up');
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field label="Your name" error={errors.name}>
        {(ids) => <Input {...ids} name="name" autoComplete="name" required autoFocus />}
      </Field>
      <Field label="Email" error={errors.email}>
        {(ids) => <Input {...ids} name="email" type="email" autoComplete="email" required />}
      </Field>
      <Field label="Password" hint="At least 10 characters" error={errors.password}>
        {(ids) => <Input {...ids} name="password" type="password" autoComplete="new-password" required minLength={10} />}
      </Field>
      {!inviteToken && (
        <Field label="Workspace name" hint="Usually your firm's name" error={errors.workspaceName}>
          {(ids) => <Input {...ids} name="workspaceName" autoComplete="organization" />}
        </Field>
      )}
      <Button type="submit" busy={busy} className="w-full">
        {inviteToken ? 'Join workspace' : 'Create workspace'}
      </Button>
    </form>
  );
}
