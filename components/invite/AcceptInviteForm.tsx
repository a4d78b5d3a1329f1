'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ZInviteAccept } from '@/lib/shared/schemas/invite';
import { Button } from '@/components/ui/Button';
import { Field, FormError, Input } from '@/components/ui/Field';

/** Joins the board of an invite; staff already signed in join as themselves. */
export function AcceptInviteForm({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const checked = validate(ZInviteAccept, {
      token,
      displayName: signedInAs ?? form.get('displayName'),
      ...(email ? { email } : {}),
    });
    setErrors(checked.errors ?? {});
    setFormError(null);
    if (!checked.data) return;
    setBusy(true);
    try {
      const { boardId } = await api<{ boardId: string }>('POST', '/api/v1/invites/accept', checked.data);
      // A full navigation, so the new guest session cookie is used everywhere.
      window.location.assign(`/b/${boardId}`);
    } catch (error) {
      setBusy(false);
      setErrors(fieldErrorsOf(error));
      setFormError(error instanceof Error ? error.message : 'Could not join the board');
      // The link may have expired or been revoked meanwhile: show its page.
      if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'not_found')) router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      {signedInAs ? (
        <p className="text-sm text-muted">
          You are signed in as <strong className="text-ink">{signedInAs}</strong> and join with that account.
        </p>
      ) : (
        <>
          <Field label="Your name" hint="How others on the board will see you" error={errors.displayName}>
            {(ids) => <Input {...ids} name="displayName" autoComplete="name" required autoFocus maxLength={80} />}
          </Field>
          <Field label="Email (optional)" hint="Only the board's owners and moderators see it" error={errors.email}>
            {(ids) => <Input {...ids} name="email" type="email" autoComplete="email" />}
          </Field>
        </>
      )}
      <Button type="submit" busy={busy} className="w-full">
        Join board
      </Button>
    </form>
  );
}
