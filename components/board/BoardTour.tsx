'use client';

import { useEffect, useId, useState } from 'react';

const KEY = 'coscript.tour';

const STEPS = [
  {
    title: 'Lanes',
    body: 'Each row is a lane: what the customer does and needs to know, what staff do in front and behind the scenes, the touchpoints, and pain points. Amber lanes are open to customers.',
  },
  {
    title: 'Cells',
    body: 'Each column is a step of the script. Click any cell and type: everyone sees it as you write. Ctrl+Z undoes only your own changes.',
  },
  {
    title: 'Presence',
    body: 'The circles at the top are the people here now. Choose one to follow their view. Press ? for keyboard shortcuts.',
  },
];

/**
 * A first visit's three-step tour of the board, in a corner; dismissed once, remembered on this device.
 * It waits for the person's first move (pointer, key, touch or scroll): the board is what they should see
 * first, and a late overlay would otherwise become the page's largest paint.
 */
export function BoardTour() {
  const [step, setStep] = useState<number | null>(null);
  const id = useId();
  useEffect(() => {
    try {
      if (localStorage.getItem(KEY) === 'done') return;
    } catch {
      // Storage refused (private mode): no tour rather than one on every visit.
      return;
    }
    const events = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    const start = () => {
      for (const e of events) window.removeEventListener(e, start, true);
      setStep(0);
    };
    for (const e of events) window.addEventListener(e, start, { capture: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, start, true);
    };
  }, []);
  if (step === null) return null;
  const finish = () => {
    setStep(null);
    try {
      localStorage.setItem(KEY, 'done');
    } catch {
      /* see above */
    }
  };
  const current = STEPS[step]!;
  const last = step === STEPS.length - 1;
  return (
    <section
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="fixed right-4 bottom-4 z-40 w-80 max-w-[calc(100vw-2rem)] rounded-xl border border-line bg-white p-4 shadow-xl"
      data-testid="board-tour"
    >
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">
        Tour · {step + 1} of {STEPS.length}
      </p>
      <h2 id={`${id}-title`} className="mt-1 text-base font-semibold text-ink">
        {current.title}
      </h2>
      <p id={`${id}-body`} className="mt-1 text-sm text-ink">
        {current.body}
      </p>
      <div className="mt-3 flex justify-between gap-2">
        <button type="button" className="rounded-lg px-2 py-1.5 text-sm text-muted hover:text-ink" onClick={finish}>
          Skip tour
        </button>
        <button type="button" className="rounded-lg bg-brand px-3 py-1.5 text-sm font-medium text-white" onClick={() => (last ? finish() : setStep(step + 1))}>
          {last ? 'Got it' : 'Next'}
        </button>
      </div>
    </section>
  );
}
