'use client';

import { useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { useToast } from '@/components/ui/Toast';

/**
 * A form checked by a shared zod schema before it is sent: `read` turns the
 * form into the schema's input, `act` sends the parsed data. Field messages
 * come from the schema first and from the server's answer after; any failure
 * is also a toast. With `keepBusy` the form stays busy after success (it is
 * navigating away).
 */
export function useSchemaForm<S extends z.ZodType>(
  schema: S,
  read: (form: FormData) => unknown,
  act: (data: z.output<S>, form: HTMLFormElement) => Promise<void>,
  opts: { keepBusy?: boolean } = {},
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const checked = validate(schema, read(new FormData(formEl)));
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      await act(checked.data, formEl);
      if (!opts.keepBusy) setBusy(false);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
      setBusy(false);
    }
  }

  return { onSubmit, errors, busy };
}
