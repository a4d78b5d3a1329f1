'use client';

import { signOutHere } from '@/lib/client/sign-out';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { api, errorMessage } from '@/lib/client/api';
import { useToast } from '@/components/ui/Toast';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** Who the header shows as signed in. */
export interface HeaderUser {
  name: string;
  email: string | null;
  kind: 'staff' | 'guest';
}

/** A disclosure menu: opens on click or Enter, closes on Escape or a click outside. */
export function AccountMenu({ user }: { user: HeaderUser }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const toast = useToast();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  async function signOutEverywhere() {
    try {
      await api('POST', '/api/v1/me/sign-out-everywhere');
      await signOutHere();
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  const item = 'block w-full rounded-md px-3 py-2 text-left text-sm text-ink hover:bg-stone-100';
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm hover:bg-stone-100"
      >
        <span className="grid size-7 place-items-center rounded-full bg-indigo-100 text-xs font-semibold text-brand-ink" aria-hidden="true">
          {initials(user.name) || '?'}
        </span>
        <span className="hidden max-w-40 truncate font-medium sm:inline">{user.name}</span>
        <span className="sr-only">Account menu</span>
      </button>
      {open && (
        <div id={menuId} className="absolute right-0 mt-2 w-64 rounded-xl border border-line bg-white p-1.5 shadow-lg">
          <div className="border-b border-line px-3 pt-1.5 pb-2.5">
            <p className="truncate text-sm font-medium">{user.name}</p>
            <p className="truncate text-xs text-muted">{user.email ?? (user.kind === 'guest' ? 'Guest on this board' : '')}</p>
          </div>
          <div className="pt-1.5">
            {user.kind === 'staff' && (
              <Link href="/settings" className={item} onClick={() => setOpen(false)}>
                Account settings
              </Link>
            )}
            <button type="button" className={item} onClick={() => void signOutHere()}>
              Sign out
            </button>
            {user.kind === 'staff' ? (
              <button type="button" className={item} onClick={signOutEverywhere}>
                Sign out everywhere
              </button>
            ) : (
              <p className="px-3 pt-1 pb-2 text-xs text-muted">Guests have no password: to come back after signing out, open an invite link again.</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
