'use client';

import { useState } from 'react';
import type { FieldErrors } from '@/lib/client/form';
import { ROLE_LABEL, type Role, type Side } from '@/lib/shared/roles';
import { Field, Select } from '@/components/ui/Field';

interface RoleSideFieldsProps {
  errors: FieldErrors;
  /** The roles on offer, or the rule book's answer per side (a moderator invites customers only as contributors or observers). */
  roles: readonly Role[] | ((side: Side) => readonly Role[]);
  defaultRole: Role;
  defaultSide: Side;
}

/** Role and side selects (form fields `role`, `side`), for adding people and for invite links. */
export function RoleSideFields({ errors, roles, defaultRole, defaultSide }: RoleSideFieldsProps) {
  const [side, setSide] = useState<Side>(defaultSide);
  const offered = typeof roles === 'function' ? roles(side) : roles;
  return (
    <>
      <Field label="Role" error={errors.role}>
        {(ids) => (
          <Select {...ids} name="role" defaultValue={offered.includes(defaultRole) ? defaultRole : offered[0]}>
            {offered.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Side" error={errors.side}>
        {(ids) => (
          <Select {...ids} name="side" value={side} onChange={(e) => setSide(e.target.value as Side)}>
            <option value="firm">Firm</option>
            <option value="customer">Customer</option>
          </Select>
        )}
      </Field>
    </>
  );
}
