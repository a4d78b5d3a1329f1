'use client';

import { useState } from 'react';
import { Button } from './Button';

/** Copies text to the clipboard and says so; `label` names what is copied for screen readers. */
export function CopyButton({ text, label = 'Copy', onCopied }: { text: string; label?: string; onCopied?: () => void }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      onCopied?.();
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }
  return (
    <Button variant="secondary" size="sm" onClick={copy}>
      {copied ? 'Copied' : label}
    </Button>
  );
}
