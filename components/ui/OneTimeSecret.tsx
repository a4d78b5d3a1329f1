'use client';

import { CopyButton } from './CopyButton';
import { Input } from './Field';
import { useToast } from './Toast';

/** A secret (invite link, API token) shown exactly once, with a copy button. */
export function OneTimeSecret({ value, onDismiss, label = 'New link', note = 'Copy it now: for safety it is not shown again.' }: { value: string; onDismiss: () => void; label?: string; note?: string }) {
  const toast = useToast();
  return (
    <div className="mt-4 rounded-xl border border-emerald-200 bg-emerald-50/60 p-4">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm font-medium text-emerald-900">{label}</p>
        <button type="button" onClick={onDismiss} className="text-xs text-emerald-900 underline">
          Done
        </button>
      </div>
      <p className="mb-2 text-xs text-emerald-900">{note}</p>
      <div className="flex gap-2">
        <Input readOnly value={value} aria-label={label} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        <CopyButton text={value} label="Copy" onCopied={() => toast.info('Copied to the clipboard')} />
      </div>
    </div>
  );
}
