import { eq } from 'drizzle-orm';
import { getDb, t } from '../db';
import { publishProposals } from './publish-proposals';

/** After a board setting that changes who sees what (visibility, private proposals for moderators): every proposal again, per audience. */
export async function republishProposals(boardId: string): Promise<void> {
  const rows = await getDb().select().from(t.proposals).where(eq(t.proposals.boardId, boardId));
  await publishProposals(boardId, rows, { settingsChanged: true });
}
