import { wordDiff } from '@/lib/shared/proposals/word-diff';

/** Proposed text against the text it was made from, word by word. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="whitespace-pre-wrap rounded-md bg-slate-50 px-2 py-1 text-sm" data-testid="word-diff">
      {wordDiff(before, after).map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
