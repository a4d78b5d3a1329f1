'use client';

import { useCallback, useEffect, useState } from 'react';
import { api } from '@/lib/client/api';
import type { TProposalComment } from '@/lib/shared/schemas/proposal';

/** A proposal's comments, replies indented under what they answer. */
export function CommentThread({ path, canComment, version }: { path: string; canComment: boolean; version: number }) {
  const [comments, setComments] = useState<TProposalComment[] | null>(null);
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const load = useCallback(() => void api<{ comments: TProposalComment[] }>('GET', `${path}/comments`).then((r) => setComments(r.comments)), [path]);
  // `version` is the live comment count: a comment by someone else reloads the thread.
  useEffect(load, [load, version]);
  const send = async (e: React.FormEvent) => {
    e.preventDefault();
    await api('POST', `${path}/comments`, { body, ...(replyTo ? { parentId: replyTo } : {}) });
    setBody('');
    setReplyTo(null);
    load();
  };
  const children = (parentId: string | null) => (comments ?? []).filter((c) => c.parentId === parentId);
  const render = (c: TProposalComment) => (
    <li key={c.id} className="space-y-1">
      <p className="text-sm">
        <span className="font-medium">{c.author.name}</span> {c.body}
      </p>
      {canComment && (
        <button type="button" className="text-xs text-brand underline" onClick={() => setReplyTo(c.id)}>
          Reply
        </button>
      )}
      {children(c.id).length > 0 && <ul className="ml-4 space-y-1 border-l border-line pl-2">{children(c.id).map(render)}</ul>}
    </li>
  );
  return (
    <div className="space-y-2" data-testid="comment-thread">
      {comments === null ? <p className="text-xs text-muted">Loading…</p> : <ul className="space-y-1">{children(null).map(render)}</ul>}
      {canComment && (
        <form onSubmit={send} className="flex gap-2">
          <input
            className="min-w-0 flex-1 rounded border border-line px-2 py-1 text-sm"
            aria-label={replyTo ? 'Your reply' : 'Your comment'}
            placeholder={replyTo ? 'Reply…' : 'Comment…'}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <button type="submit" disabled={!body.trim()} className="rounded border border-line px-2 py-1 text-xs">
            Send
          </button>
        </form>
      )}
    </div>
  );
}
