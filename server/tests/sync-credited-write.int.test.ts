import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyAsServer } from '../../lib/server/boards/apply-as-server';
import { t } from '../../lib/server/db';
import { getScript, listLanes, listScripts, listSteps, findCell } from '../../lib/shared/board-doc';
import { startInProcessSync } from './helpers/in-process-sync';
import { connect, waitFor } from './helpers/sync';

describe('credited server writes', async () => {
  const { db, sync, server, person, boardOf, join } = await startInProcessSync();
  const owner = await person('Owner');
  const customer = await person('Customer');
  const boardId = await boardOf(owner.userId);
  await join(boardId, customer.userId, 'contributor', 'customer');

  it("credits a new board's first content to its creator", async () => {
    const watcher = connect(server, boardId, { token: customer.token });
    await watcher.synced();
    await sync.registry.flush();
    const [first] = await db.select().from(t.boardUpdates).where(and(eq(t.boardUpdates.boardId, boardId), eq(t.boardUpdates.room, 'content'))).orderBy(asc(t.boardUpdates.seq)).limit(1);
    expect(first).toMatchObject({ seq: 1, authorId: owner.userId });
  });

  it('stores author, accepter and proposal in the update log, and a stock client receives the change live', async () => {
    const { doc, synced } = connect(server, boardId, { token: customer.token });
    await synced();
    const scriptId = listScripts(doc)[0]!.id;
    const stepId = listSteps(getScript(doc, scriptId)!)[0]!.id;
    const laneId = listLanes(doc)[0]!.id;

    const { created } = await applyAsServer({
      boardId,
      change: [
        { op: 'setCellText', scriptId, stepId, laneId, text: 'Ask for the loyalty card first' },
        { op: 'addStep', scriptId, index: 0, cells: { [laneId]: 'Greet the customer' } },
      ],
      credit: { authorId: customer.userId, acceptedBy: owner.userId, proposalId: 'proposal-1' },
    });
    expect(created).toHaveLength(1);
    await waitFor(() => findCell(getScript(doc, scriptId)!, stepId, laneId)?.toString() === 'Ask for the loyalty card first', 'the change on the stock client');
    expect(findCell(getScript(doc, scriptId)!, created[0]!, laneId)?.toString()).toBe('Greet the customer');

    await sync.registry.flush();
    const rows = await db.select().from(t.boardUpdates).where(and(eq(t.boardUpdates.boardId, boardId), eq(t.boardUpdates.proposalId, 'proposal-1')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ room: 'content', authorId: customer.userId, acceptedBy: owner.userId, sessionId: null });
  });

  it('refuses a change naming a step the board no longer has, changing nothing', async () => {
    const { doc, synced } = connect(server, boardId, { token: owner.token });
    await synced();
    const scriptId = listScripts(doc)[0]!.id;
    const before = (await db.select().from(t.boardUpdates).where(eq(t.boardUpdates.boardId, boardId))).length;
    await expect(
      applyAsServer({ boardId, change: [{ op: 'setScriptTitle', scriptId, text: 'Changed' }, { op: 'removeStep', scriptId, stepId: 'gone' }], credit: { authorId: owner.userId } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await sync.registry.flush();
    expect((await db.select().from(t.boardUpdates).where(eq(t.boardUpdates.boardId, boardId))).length).toBe(before);
  });
});
