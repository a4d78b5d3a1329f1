'use client';

import { Dialog } from '@/components/ui/Dialog';
import { TEMPLATES, type ScriptTemplate } from '@/lib/shared/templates';

const CHOICES = TEMPLATES.flatMap((template) => template.scripts.filter((s) => s.steps.some((step) => step.title)).map((script) => ({ template, script })));

/** Starting a script from a template's scenario, filled in and ready to adapt. */
export function ScriptTemplateDialog({ open, onClose, onPick }: { open: boolean; onClose(): void; onPick(script: ScriptTemplate): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="New script from a template" description="It starts filled in, step by step; change anything.">
      <ul className="max-h-[60vh] space-y-2 overflow-y-auto" aria-label="Script templates">
        {CHOICES.map(({ template, script }, i) => (
          <li key={`${template.id}-${script.title}`}>
            <button
              type="button"
              data-autofocus={i === 0 ? true : undefined}
              className="w-full rounded-lg border border-line px-3 py-2 text-left hover:border-brand hover:bg-indigo-50"
              onClick={() => onPick(script)}
            >
              <span className="block text-sm font-medium text-ink">{script.title}</span>
              <span className="block text-xs text-muted">
                {template.name} · {script.steps.length} steps: {script.steps.map((s) => s.title).join(' → ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
