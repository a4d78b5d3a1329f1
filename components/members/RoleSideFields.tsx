import type { FieldErrors } from '@/lib/client/form';
import { ROLE_LABEL, type Role, type Side } from '@/lib/shared/roles';
import { Field, Select } from '@/components/ui/Field';

/** Role and side selects (form fields `role`, `side`), for adding people and for invite links. */
export function RoleSideFields({ errors, roles, defaultRole, defaultSide }: { errors: FieldErrors; roles: readonly Role[]; defaultRole: Role; defaultSide: Side }) {
  return (
    <>
      <Field label="Role" error={errors.role}>
        {(ids) => (
          <Select {...ids} name="role" defaultValue={defaultRole}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Side" error={errors.side}>
        {(ids) => (
          <Select {...ids} name="side" defaultValue={defaultSide}>
            <option value="firm">Firm</option>
            <option value="customer">Customer</option>
          </Select>
        )}
      </Field>
    </>
  );
}
