import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requirePageActor } from '@/lib/server/auth/current-actor';
import { getBoard } from '@/lib/server/boards/get-board';
import { AppError } from '@/lib/shared/errors';
import { ZId } from '@/lib/shared/schemas/common';

/**
 * The signed-in actor and the board, or the 404 page for anyone not on it (and
 * for ids that cannot exist). Cached per request: the layout and the page share one lookup.
 */
export const loadBoardPage = cache(async (boardId: string) => {
  if (!ZId.safeParse(boardId).success) notFound();
  const actor = await requirePageActor(`/b/${boardId}`);
  try {
    const board = await getBoard({ actorId: actor.userId, boardId });
    return { actor, board };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
});
