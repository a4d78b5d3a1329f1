'use client';

import { useEffect } from 'react';

export interface ToastState {
  message: string;
  undoable: boolean;
  at: number;
}

const VISIBLE_MS = 8000;

/** A short notice after a destructive change, with Undo. */
export function EditorToast({ toast, onUndo, onClose }: { toast: ToastState | null; onUndo(): void; onClose(): void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    // Bottom left: away from the toolbar, the step menus and the tour, the controls a message may talk about.
    <div aria-live="polite" className="fixed bottom-4 left-4 z-50 max-w-[calc(100vw-2rem)]">
      {toast && (
        <div className="flex items-center gap-3 rounded-lg bg-ink px-4 py-2 text-sm text-white shadow-lg">
          <span>{toast.message}</span>
          {toast.undoable && (
            <button
              type="button"
              className="font-semibold text-indigo-200 underline"
              onClick={() => {
                onUndo();
                onClose();
              }}
            >
              Undo
            </button>
          )}
        </div>
      )}
    </div>
  );
}
