import { loadBoardPage } from './load-board';

/**
 * Checks access before the page streams: a non-participant gets a real 404
 * status, which a notFound() inside the page's loading boundary could not send.
 */
export default async function BoardAccessLayout({ children, params }: { children: React.ReactNode; params: Promise<{ boardId: string }> }) {
  await loadBoardPage((await params).boardId);
  return children;
}
