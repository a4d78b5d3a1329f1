'use client';

import { useState } from 'react';
import type { TBoard } from '@/lib/shared/schemas/board';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { useSaveBoardSettings } from '@/components/board-settings/use-save-board-settings';
import { cn } from '@/lib/utils';

interface Option<V extends string> {
  value: V;
  label: string;
  hint: string;
}

function RadioGroup<V extends string>({ legend, name, options, value, onChange }: { legend: string; name: string; options: Option<V>[]; value: V; onChange: (v: V) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              'flex cursor-pointer gap-3 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand',
              value === o.value ? 'border-brand bg-indigo-50/60' : 'border-line bg-white hover:bg-stone-50',
            )}
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="mt-0.5 accent-brand" />
            <span>
              <span className="block font-medium text-ink">{o.label}</span>
              <span className="block text-stone-600">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How customers take part: edit directly or propose; named or anonymous to each other (owner only). */
export function CustomerRulesForm({ board }: { board: TBoard }) {
  const [editMode, setEditMode] = useState(board.customerEditMode);
  const [visibility, setVisibility] = useState(board.customerVisibility);
  const changed = editMode !== board.customerEditMode || visibility !== board.customerVisibility;

  const { busy, save: saveSettings } = useSaveBoardSettings(board.id, 'Customer settings saved');
  const save = () => saveSettings({ customerEditMode: editMode, customerVisibility: visibility });

  return (
    <Section title="Customers" description="How customers take part in this board.">
      <div className="space-y-5">
        <RadioGroup
          legend="Customer edits"
          name="customerEditMode"
          value={editMode}
          onChange={setEditMode}
          options={[
            { value: 'direct', label: 'Edit directly', hint: 'Customer contributors change the scripts themselves.' },
            { value: 'propose', label: 'Propose only', hint: 'Their changes wait for a moderator to accept them.' },
          ]}
        />
        <RadioGroup
          legend="Customer names"
          name="customerVisibility"
          value={visibility}
          onChange={setVisibility}
          options={[
            { value: 'named', label: 'Named', hint: 'Everyone sees who each customer is.' },
            { value: 'anonymous', label: 'Anonymous', hint: 'Customers appear to each other anonymously; owners and moderators see names.' },
          ]}
        />
        <div className="flex justify-end">
          <Button onClick={save} busy={busy} disabled={!changed}>
            Save customer settings
          </Button>
        </div>
      </div>
    </Section>
  );
}
