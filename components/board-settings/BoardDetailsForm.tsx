'use client';

import { useRouter } from 'next/navigation';
import { api } from '@/lib/client/api';
import { ZBoardUpdate, type TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { Field, Input, Textarea } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';
import { useSchemaForm } from '@/components/forms/use-schema-form';

export function BoardDetailsForm({ board }: { board: TBoard }) {
  const router = useRouter();
  const toast = useToast();
  const { onSubmit, errors, busy } = useSchemaForm(
    ZBoardUpdate,
    (form) => ({ name: form.get('name'), description: form.get('description') }),
    async (data) => {
      await api('PATCH', `/api/v1/boards/${board.id}`, data);
      toast.success('Board details saved');
      router.refresh();
    },
  );

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
