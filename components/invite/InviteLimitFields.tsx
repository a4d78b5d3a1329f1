import { INVITE_EXPIRY_HOURS } from '@/lib/shared/schemas/invite';
import type { FieldErrors } from '@/lib/client/form';
import { Field, Input, Select } from '@/components/ui/Field';

const EXPIRY_LABEL: Record<number, string> = { 1: '1 hour', 24: '1 day', 168: '7 days', 720: '30 days' };

/** Expiry and use limit, the same for board and staff invites (form fields `expiresInHours`, `maxUses`). */
export function InviteLimitFields({ errors, defaultMaxUses }: { errors: FieldErrors; defaultMaxUses?: number }) {
  return (
    <>
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
        {(ids) => <Input {...ids} name="maxUses" type="number" min={1} max={1000} inputMode="numeric" defaultValue={defaultMaxUses} />}
      </Field>
    </>
  );
}

/** The values of the limit fields plus the optional "email it to" field, as the invite schemas take them. */
export function readInviteLimits(form: FormData) {
  const maxUses = String(form.get('maxUses') ?? '').trim();
  const email = String(form.get('email') ?? '').trim();
  return { expiresInHours: Number(form.get('expiresInHours')), maxUses: maxUses ? Number(maxUses) : null, ...(email ? { email } : {}) };
}
