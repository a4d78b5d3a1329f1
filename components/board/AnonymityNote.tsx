import { seesCustomerNames } from '@/lib/shared/policy';
import type { Role, Side } from '@/lib/shared/roles';

/** Says who sees customers' names on an anonymous board, worded for the person reading it. */
export function AnonymityNote({ role, side }: { role: Role; side: Side }) {
  let text: string;
  if (seesCustomerNames(role, 'anonymous')) {
    text = 'Customers appear to each other anonymously. As an owner or moderator you see their names, and every contribution stays attributed to its author.';
  } else if (side === 'customer') {
    text = 'Customers appear to each other anonymously: other customers see you as “Customer” and a number. Owners and moderators see names.';
  } else {
    text = 'Customers appear anonymously to everyone except owners and moderators, who see names.';
  }
  return (
    <div className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50/70 px-4 py-3 text-sm text-amber-900">
      <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
        <path d="M2.5 10s2.7-5 7.5-5 7.5 5 7.5 5-2.7 5-7.5 5-7.5-5-7.5-5z" />
        <path d="M3 17L17 3" />
      </svg>
      <p>
        <strong className="font-semibold">Anonymous board.</strong> {text}
      </p>
    </div>
  );
}
