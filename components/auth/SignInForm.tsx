'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { validate, type FieldErrors } from '@/lib/client/form';
import { ZSignIn } from '@/lib/shared/schemas/auth';
import { Button } from '@/components/ui/Button';
import { Field, FormError, Input } from '@/components/ui/Field';

const GENERIC_ERROR = 'Email or password is incorrect';

interface SignInFormProps {
  callbackUrl: string;
  /** Providers switched on by environment variables. */
  oauthProviders: Array<{ id: string; name: string }>;
  initialError: string | null;
}

export function SignInForm({ callbackUrl, oauthProviders, initialError }: SignInFormProps) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const checked = validate(ZSignIn, { email: form.get('email'), password: form.get('password') });
    setErrors(checked.errors ?? {});
    setFormError(null);
    if (!checked.data) return;
    setBusy(true);
    const result = await signIn('credentials', { redirect: false, ...checked.data });
    if (!result || result.error) {
      setBusy(false);
      // next-auth passes our own message (wrong credentials, rate limit) as `error`.
      setFormError(result?.error && result.error !== 'CredentialsSignin' ? result.error : GENERIC_ERROR);
      return;
    }
    // A full navigation so every server component sees the new session cookie.
    window.location.assign(callbackUrl);
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormError message={formError} />
        <Field label="Email" error={errors.email}>
          {(ids) => <Input {...ids} name="email" type="email" autoComplete="email" required autoFocus />}
        </Field>
        <Field label="Password" error={errors.password}>
          {(ids) => <Input {...ids} name="password" type="password" autoComplete="current-password" required />}
        </Field>
        <Button type="submit" busy={busy} className="w-full">
          Sign in
        </Button>
      </form>
      {oauthProviders.length > 0 && (
        <div className="mt-6 space-y-2 border-t border-line pt-6">
          {oauthProviders.map((p) => (
            <Button key={p.id} variant="secondary" className="w-full" onClick={() => signIn(p.id, { callbackUrl })}>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      )}
    </>
  );
}
