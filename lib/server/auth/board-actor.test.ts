import { describe, expect, it } from 'vitest';
import { t } from '../db';
import { useEmbeddedDatabase } from '../db/testing';
import { usersOnBoards } from './board-actor';

const database = useEmbeddedDatabase();

describe('usersOnBoards', () => {
  it('gives each (user, board) pair of a batch its own participation, and none on boards the user is not on', async () => {
    const { db } = database;
    const [ws] = await db.insert(t.workspaces).values({ name: 'W' }).returning();
    const [one, two] = await db.insert(t.boards).values([{ workspaceId: ws!.id, name: 'One' }, { workspaceId: ws!.id, name: 'Two' }]).returning();
    const [ann, bob] = await db.insert(t.users).values([{ kind: 'staff', name: 'Ann', email: 'ann@example.test' }, { kind: 'guest', name: 'Bob' }]).returning();
    await db.insert(t.participants).values([
      { boardId: one!.id, userId: ann!.id, role: 'owner', side: 'firm' },
      { boardId: two!.id, userId: ann!.id, role: 'observer', side: 'firm' },
      { boardId: two!.id, userId: bob!.id, role: 'contributor', side: 'customer' },
    ]);
    const pairs = [
      { userId: ann!.id, boardId: one!.id },
      { userId: ann!.id, boardId: two!.id },
      { userId: bob!.id, boardId: two!.id },
      { userId: bob!.id, boardId: one!.id },
      { userId: crypto.randomUUID(), boardId: one!.id },
    ];
    const found = await usersOnBoards(db, pairs);
    const role = (i: number) => found.get(`${pairs[i]!.userId}/${pairs[i]!.boardId}`);
    expect(role(0)).toMatchObject({ user: { name: 'Ann' }, participant: { role: 'owner' }, board: { name: 'One' } });
    expect(role(1)).toMatchObject({ user: { name: 'Ann' }, participant: { role: 'observer' }, board: { name: 'Two' } });
    expect(role(2)).toMatchObject({ user: { name: 'Bob' }, participant: { role: 'contributor', side: 'customer' }, board: { name: 'Two' } });
    expect(role(3)).toMatchObject({ user: { name: 'Bob' }, participant: null, board: null });
    expect(role(4)).toBeUndefined();
  });
});
