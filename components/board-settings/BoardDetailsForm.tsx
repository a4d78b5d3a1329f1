'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { fieldErrorsOf, validate, type FieldErrors } from '@/lib/client/form';
import { ZBoardUpdate, type TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { Field, Input, Textarea } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';

export function BoardDetailsForm({ board }: { board: TBoard }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const checked = validate(ZBoardUpdate, { name: form.get('name'), description: form.get('description') });
    setErrors(checked.errors ?? {});
    if (!checked.data) return;
    setBusy(true);
    try {
      await api('PATCH', `/api/v1/boards/${board.id}`, checked.data);
      toast.success('Board details saved');
      router.refresh();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Details" description="The name and description everyone on the board sees.">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <Field label="Board name" error={errors.name}>
          {(ids) => <Input {...ids} name="name" defaultValue={board.name} required maxLength={120} />}
        </Field>
        <Field label="Description" error={errors.description}>
          {(ids) => <Textarea {...ids} name="description" defaultValue={board.description} rows={4} maxLength={2000} />}
        </Field>
        <div className="flex justify-end">
          <Button type="submit" busy={busy}>
            Save details
          </Button>
        </div>
      </form>
    </Section>
  );
}
