'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ZTokenCreate, type TApiToken } from '@/lib/shared/schemas/token';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Field, Input } from '@/components/ui/Field';
import { OneTimeSecret } from '@/components/ui/OneTimeSecret';
import { useToast } from '@/components/ui/Toast';
import { LocalTime } from '@/components/ui/LocalTime';

/** Personal API tokens: the plain token is shown once at creation; only its hash is kept. */
export function TokenManager({ tokens }: { tokens: TApiToken[] }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const router = useRouter();
  const toast = useToast();

  async function create(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const checked = validate(ZTokenCreate, { name: new FormData(formEl).get('name') });
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      const { token } = await api<{ token: string; apiToken: TApiToken }>('POST', '/api/v1/tokens', checked.data);
      setCreated(token);
      formEl.reset();
      toast.success('API token created');
      router.refresh();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  async function revoke() {
    if (!revoking) return;
    setBusy(true);
    try {
      await api('DELETE', `/api/v1/tokens/${revoking.id}`);
      toast.success(`Token “${revoking.name}” revoked`);
      router.refresh();
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setRevoking(null);
      setBusy(false);
    }
  }

  return (
    <Section title="API tokens" description={<>For scripts and the CLI: send <code className="rounded bg-stone-100 px-1 py-0.5 text-xs">Authorization: Bearer &lt;token&gt;</code> to the /api/v1 API.</>}>
      <form onSubmit={create} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field label="Token name" hint="What it is for, e.g. “Import script”" error={errors.name} className="flex-1">
          {(ids) => <Input {...ids} name="name" maxLength={80} required />}
        </Field>
        <Button type="submit" busy={busy && !revoking} className="sm:mb-5">
          Create token
        </Button>
      </form>
      {created && <OneTimeSecret label="New API token" value={created} onDismiss={() => setCreated(null)} />}
      {tokens.length === 0 ? (
        <p className="mt-6 border-t border-line pt-4 text-sm text-muted">No tokens yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-line border-t border-line" aria-label="API tokens">
          {tokens.map((token) => (
            <li key={token.id} className="flex items-center gap-3 py-3">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">{token.name}</p>
                <p className="text-xs text-muted">
                  Created <LocalTime iso={token.createdAt} withTime /> · {token.lastUsedAt ? <>last used <LocalTime iso={token.lastUsedAt} withTime /></> : 'never used'}
                </p>
              </div>
              <Button variant="secondary" size="sm" onClick={() => setRevoking(token)} aria-label={`Revoke token ${token.name}`}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        description="Anything using this token stops working at once."
        confirmLabel="Revoke token"
        busy={busy && revoking !== null}
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
      />
    </Section>
  );
}
