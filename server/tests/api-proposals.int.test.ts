import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addStepAt, findCell, getScript, listLanes, listScripts, listSteps } from '../../lib/shared/board-doc';
import { startTestServer } from './helpers/test-server';
import { signUpStaff, type ApiClient } from './helpers/api-client';
import { addStaff, createBoard, inviteGuest, joinWorkspace } from './helpers/board-fixtures';
import { connect, waitFor } from './helpers/sync';

describe('proposals over /api/v1', async () => {
  const server = await startTestServer();
  const owner = await signUpStaff(server.url, { name: 'Olga Owner' });
  const moderator = await joinWorkspace(owner.client, 'Mona Moderator');
  const { boardId } = await createBoard(owner.client);
  await addStaff(owner.client, boardId, moderator.email, 'moderator');
  await owner.client.patch(`/api/v1/boards/${boardId}`, { customerEditMode: 'propose' });
  const customer = await inviteGuest(owner.client, boardId, 'contributor', 'customer', 'Cora Customer');
  const other = await inviteGuest(owner.client, boardId, 'contributor', 'customer', 'Otto Other');
  const observer = await inviteGuest(owner.client, boardId, 'observer', 'customer', 'Obi Observer');
  const base = `/api/v1/boards/${boardId}/proposals`;

  // The owner's live view of the board's content.
  const { doc, synced } = connect(server, boardId, { cookie: owner.client.cookie });
  await synced();
  const scriptId = listScripts(doc)[0]!.id;
  const steps = () => listSteps(getScript(doc, scriptId)!);
  const laneId = listLanes(doc)[0]!.id;
  const cellOf = (d: Y.Doc, stepId: string) => findCell(getScript(d, scriptId)!, stepId, laneId)?.toString();
  // A second view: once it shows an edit, the server has it.
  const watcher = connect(server, boardId, { cookie: moderator.client.cookie });
  await watcher.synced();
  async function setCell(stepId: string, text: string) {
    doc.transact(() => {
      const cell = findCell(getScript(doc, scriptId)!, stepId, laneId)!;
      cell.delete(0, cell.length);
      cell.insert(0, text);
    });
    await waitFor(() => cellOf(watcher.doc, stepId) === text, 'the edit on the server');
  }

  doc.transact(() => {
    for (let i = 0; i < 4; i++) addStepAt(getScript(doc, scriptId)!, 3);
  });
  await waitFor(() => listSteps(getScript(watcher.doc, scriptId)!).length === 7, 'seven steps on the server');

  async function propose(client: ApiClient, body: Record<string, unknown>) {
    const res = await client.post(base, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.proposal as { id: string; status: string; baseText: string };
  }
  const decide = (client: ApiClient, id: string, body: Record<string, unknown>) => client.post(`${base}/${id}/decision`, body);
  const statusOf = async (id: string) => (await owner.client.get(`${base}/${id}`)).body.proposal.status as string;

  it('a customer on a propose-only board proposes a cell change; a moderator accepts it and the cell changes for everyone', async () => {
    const stepId = steps()[0]!.id;
    await setCell(stepId, 'Order a coffee');
    const rival = await propose(other.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Order tea' });
    await propose(customer.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Order a flat white', title: 'Be specific', rationale: 'Clearer' });
    const list = await customer.client.get(`${base}?status=open`);
    const mine = list.body.proposals.find((p: { proposedText: string }) => p.proposedText === 'Order a flat white');
    expect(mine.baseText).toBe('Order a coffee');
    expect(mine).toMatchObject({ kind: 'cell_change', proposedText: 'Order a flat white', author: { name: 'Cora Customer' }, isYours: true });

    const accepted = await decide(moderator.client, mine.id, { action: 'accept' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.proposal).toMatchObject({ status: 'accepted', decidedBy: { name: 'Mona Moderator' } });
    await waitFor(() => cellOf(doc, stepId) === 'Order a flat white', 'the accepted text in the document');
    expect(await statusOf(rival.id)).toBe('superseded');
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const before = (await owner.client.get(`${base}?limit=200`)).body.proposals.length;
    const elsewhere = await createBoard(owner.client, 'Another board');
    const otherDoc = connect(server, elsewhere.boardId, { cookie: owner.client.cookie });
    await otherDoc.synced();
    // Seeded ids repeat on every board: a step added there has an id only that board knows.
    const otherScript = listScripts(otherDoc.doc)[0]!.id;
    const otherStep = otherDoc.doc.transact(() => addStepAt(getScript(otherDoc.doc, otherScript)!, 0));
    const stepId = steps()[1]!.id;

    const cases: Array<[Record<string, unknown>, number]> = [
      [{ kind: 'cell_change', scriptId: otherScript, stepId: otherStep, laneId, proposedText: 'x' }, 400],
      [{ kind: 'move_step', scriptId, stepId: otherStep, index: 0, title: 'Move theirs' }, 400],
      [{ kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'x'.repeat(20_001) }, 400],
      [{ kind: 'rename_board', scriptId, title: 'x' }, 400],
      [{ kind: 'remove_step', scriptId, stepId }, 400],
      [{ kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'x', extra: 1 }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await customer.client.post(base, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(res.body.error.code).toBe('invalid_input');
    }
    const observed = await observer.client.post(base, { kind: 'idea', title: 'Look' });
    expect(observed.status).toBe(403);

    const open = await propose(customer.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Pay by card' });
    expect((await decide(other.client, open.id, { action: 'accept' })).status).toBe(403);
    expect((await decide(customer.client, open.id, { action: 'reject', reason: 'no' })).status).toBe(403);
    expect(await statusOf(open.id)).toBe('open');

    expect((await other.client.post(`${base}/${open.id}/endorse`)).status).toBe(200);
    const twice = await other.client.post(`${base}/${open.id}/endorse`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already/);
    expect((await owner.client.get(`${base}/${open.id}`)).body.proposal.endorsements.count).toBe(1);
    expect((await observer.client.post(`${base}/${open.id}/endorse`)).status).toBe(403);

    expect((await decide(owner.client, open.id, { action: 'reject' })).status).toBe(400);
    expect((await decide(owner.client, open.id, { action: 'explode' })).status).toBe(400);
    expect((await other.client.patch(`${base}/${open.id}`, { title: 'Mine now' })).status).toBe(403);
    expect((await owner.client.get(`${base}?limit=200`)).body.proposals.length).toBe(before + 1);
    expect(await statusOf(open.id)).toBe('open');
    await owner.client.post(`${base}/${open.id}/decision`, { action: 'reject', reason: 'Tidying up' });
  });

  it('rejects with a reason, reopens, endorses and takes back, comments with replies, undoes an accept as a new write', async () => {
    const stepId = steps()[2]!.id;
    await setCell(stepId, 'Wait at the counter');
    const p = await propose(customer.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Sit down; we bring it' });
    expect((await other.client.post(`${base}/${p.id}/endorse`)).status).toBe(200);
    expect((await owner.client.post(`${base}/${p.id}/endorse`)).body.proposal.endorsements).toMatchObject({ count: 2, byYou: true });
    expect((await other.client.delete(`${base}/${p.id}/endorse`)).body.proposal.endorsements.count).toBe(1);

    const comment = await other.client.post(`${base}/${p.id}/comments`, { body: 'Where would people sit?' });
    expect(comment.status).toBe(201);
    const reply = await customer.client.post(`${base}/${p.id}/comments`, { body: 'At the window', parentId: comment.body.comment.id });
    expect(reply.body.comment.parentId).toBe(comment.body.comment.id);
    expect((await customer.client.get(`${base}/${p.id}/comments`)).body.comments).toHaveLength(2);

    const rejected = await decide(owner.client, p.id, { action: 'reject', reason: 'No seats yet' });
    expect(rejected.body.proposal).toMatchObject({ status: 'rejected', decisionReason: 'No seats yet' });
    expect((await decide(owner.client, p.id, { action: 'reopen' })).body.proposal.status).toBe('open');

    expect((await decide(owner.client, p.id, { action: 'accept' })).status).toBe(200);
    await waitFor(() => cellOf(doc, stepId) === 'Sit down; we bring it', 'accepted text');
    expect((await decide(owner.client, p.id, { action: 'undo' })).body.proposal.status).toBe('open');
    await waitFor(() => cellOf(doc, stepId) === 'Wait at the counter', 'the undo restores the text');
    const history = (await owner.client.get(`${base}/${p.id}`)).body.history.map((h: { action: string }) => h.action);
    expect(history).toEqual(['reject', 'reopen', 'accept', 'undo']);
  });

  it('shows a conflict (base, current, proposed) and accepts a hand merge', async () => {
    const stepId = steps()[3]!.id;
    await setCell(stepId, 'Greet');
    const p = await propose(customer.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Greet by name' });
    await setCell(stepId, 'Greet warmly');
    const conflict = await decide(owner.client, p.id, { action: 'accept' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.fields).toEqual({ base: ['Greet'], current: ['Greet warmly'], proposed: ['Greet by name'] });
    expect(await statusOf(p.id)).toBe('open');
    const asked = await decide(owner.client, p.id, { action: 'ask_update', reason: 'Keep "warmly"' });
    expect(asked.body.proposal).toMatchObject({ status: 'open', commentCount: 1 });
    expect((await customer.client.get(`${base}/${p.id}/comments`)).body.comments[0].body).toContain('Keep "warmly"');
    const merged = await decide(owner.client, p.id, { action: 'accept', text: 'Greet warmly by name' });
    expect(merged.status).toBe(200);
    await waitFor(() => cellOf(doc, stepId) === 'Greet warmly by name', 'the merged text');
  });

  it('supersedes competing proposals on one cell; a superseded one reopens re-based', async () => {
    const stepId = steps()[4]!.id;
    const a = await propose(customer.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Option A' });
    const b = await propose(other.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Option B' });
    expect((await decide(owner.client, a.id, { action: 'accept', overrideConflict: true })).status).toBe(200);
    expect(await statusOf(b.id)).toBe('superseded');
    await waitFor(() => cellOf(doc, stepId) === 'Option A', 'A applied');
    const reopened = await decide(owner.client, b.id, { action: 'reopen' });
    expect(reopened.body.proposal).toMatchObject({ status: 'open', baseText: 'Option A' });
  });

  it('a proposal whose step was removed becomes stale with the reason', async () => {
    const stepId = steps()[5]!.id;
    const edit = await propose(customer.client, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Leave happy' });
    const removal = await propose(moderator.client, { kind: 'remove_step', scriptId, stepId, title: 'Not needed' });
    expect((await decide(owner.client, removal.id, { action: 'accept' })).status).toBe(200);
    await waitFor(() => !steps().some((s) => s.id === stepId), 'step removed');
    const res = await decide(owner.client, edit.id, { action: 'accept' });
    expect(res.status).toBe(200);
    expect(res.body.proposal).toMatchObject({ status: 'stale', decisionReason: 'The step was deleted.' });
    // Proposing on the deleted step is refused.
    expect((await customer.client.post(base, { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'x' })).status).toBe(400);
  });

  it('structural proposals: add and move steps, applied by the server', async () => {
    const count = steps().length;
    const add = await propose(customer.client, { kind: 'add_step', scriptId, index: 0, cells: { [laneId]: 'Find the shop' }, title: 'A first step' });
    expect((await decide(owner.client, add.id, { action: 'accept' })).status).toBe(200);
    await waitFor(() => steps().length === count + 1 && cellOf(doc, steps()[0]!.id) === 'Find the shop', 'added step');
    const last = steps().at(-1)!.id;
    const move = await propose(customer.client, { kind: 'move_step', scriptId, stepId: last, index: 0, title: 'Do this first' });
    expect((await decide(owner.client, move.id, { action: 'accept' })).status).toBe(200);
    await waitFor(() => steps()[0]!.id === last, 'moved step');
    expect((await decide(owner.client, add.id, { action: 'undo' })).status).toBe(200);
    await waitFor(() => steps().length === count, 'undo removes the added step');
  });

  it('bulk decisions, filters, most-endorsed sort and cursor pages', async () => {
    const ideas = [];
    for (let i = 0; i < 5; i++) ideas.push(await propose(i % 2 ? other.client : customer.client, { kind: 'idea', scriptId, title: `Idea ${i}` }));
    await owner.client.post(`${base}/${ideas[3]!.id}/endorse`);
    const top = await customer.client.get(`${base}?sort=endorsed&status=open&limit=1`);
    expect(top.body.proposals[0].endorsements.count).toBeGreaterThanOrEqual(1);

    const byOther = await owner.client.get(`${base}?author=${other.userId}&limit=200`);
    expect(byOther.body.proposals.every((p: { author: { userId: string } }) => p.author.userId === other.userId)).toBe(true);
    expect((await owner.client.get(`${base}?side=firm&limit=200`)).body.proposals.every((p: { author: { side: string } }) => p.author.side === 'firm')).toBe(true);

    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { proposals: Array<{ id: string }>; nextCursor: string | null } } = await owner.client.get(`${base}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      for (const p of page.body.proposals) seen.add(p.id);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.size).toBe((await owner.client.get(`${base}?limit=200`)).body.proposals.length);
    expect((await owner.client.get(`${base}?cursor=nonsense`)).status).toBe(400);

    const bulk = await owner.client.post(`${base}/decisions`, { proposalIds: ideas.slice(0, 3).map((p) => p.id), decision: { action: 'reject', reason: 'Later' } });
    expect(bulk.status).toBe(200);
    expect(bulk.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const again = await owner.client.post(`${base}/decisions`, { proposalIds: [ideas[0]!.id, ideas[4]!.id], decision: { action: 'accept' } });
    expect(again.body.results.map((r: { status: string | null }) => r.status)).toEqual([null, 'accepted']);
    expect(again.body.results[0].error.code).toBe('conflict');
  });

  it('private proposals reach their author and the moderators only, until revealed', async () => {
    const secret = await propose(customer.client, { kind: 'idea', title: 'Secret idea', private: true });
    const listed = async (client: ApiClient) => (await client.get(`${base}?limit=200`)).body.proposals.map((p: { id: string }) => p.id);
    expect(await listed(customer.client)).toContain(secret.id);
    expect(await listed(moderator.client)).toContain(secret.id);
    expect(await listed(other.client)).not.toContain(secret.id);
    expect((await other.client.get(`${base}/${secret.id}`)).status).toBe(404);
    expect((await customer.client.post(`${base}/reveal`)).status).toBe(403);
    expect((await moderator.client.post(`${base}/reveal`)).body.revealed).toBeGreaterThanOrEqual(1);
    expect(await listed(other.client)).toContain(secret.id);

    // The owner keeps private proposals from moderators too, until the reveal.
    expect((await moderator.client.patch(`/api/v1/boards/${boardId}`, { moderatorsSeePrivate: false })).status).toBe(403);
    expect((await owner.client.patch(`/api/v1/boards/${boardId}`, { moderatorsSeePrivate: false })).body.board.moderatorsSeePrivate).toBe(false);
    const sealed = await propose(customer.client, { kind: 'idea', title: 'Sealed idea', private: true });
    expect(await listed(moderator.client)).not.toContain(sealed.id);
    expect((await moderator.client.get(`${base}/${sealed.id}`)).status).toBe(404);
    expect(await listed(customer.client)).toContain(sealed.id);
    await moderator.client.post(`${base}/reveal`);
    expect(await listed(moderator.client)).toContain(sealed.id);
    await owner.client.patch(`/api/v1/boards/${boardId}`, { moderatorsSeePrivate: true });
  });

  it("names authors and endorsers as the board's visibility allows each viewer", async () => {
    const idea = await propose(customer.client, { kind: 'idea', title: 'Anonymous idea' });
    await customer.client.post(`${base}/${idea.id}/endorse`);
    await owner.client.patch(`/api/v1/boards/${boardId}`, { customerVisibility: 'anonymous' });
    const asPeer = (await other.client.get(`${base}/${idea.id}`)).body.proposal;
    expect(asPeer.author).toEqual({ userId: null, name: expect.stringMatching(/^Customer \d+$/), side: 'customer' });
    expect(asPeer.endorsements.by[0].name).toBe(asPeer.author.name);
    expect(JSON.stringify(asPeer)).not.toContain('Cora');
    expect((await owner.client.get(`${base}/${idea.id}`)).body.proposal.author).toEqual({ userId: customer.userId, name: 'Cora Customer', side: 'customer' });
    expect((await customer.client.get(`${base}/${idea.id}`)).body.proposal).toMatchObject({ isYours: true, author: { name: 'Cora Customer' }, endorsements: { byYou: true } });
    await owner.client.patch(`/api/v1/boards/${boardId}`, { customerVisibility: 'named' });
  });

  it('editors decide only where the board allows it', async () => {
    const editor = await joinWorkspace(owner.client, 'Eddie Editor');
    await addStaff(owner.client, boardId, editor.email, 'editor');
    const idea = await propose(customer.client, { kind: 'idea', title: 'Editors may decide this' });
    const refused = await decide(editor.client, idea.id, { action: 'reject', reason: 'No' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/editors, where the board allows it/);
    expect((await editor.client.patch(`/api/v1/boards/${boardId}`, { editorsDecideProposals: true })).status).toBe(403);
    const enabled = await owner.client.patch(`/api/v1/boards/${boardId}`, { editorsDecideProposals: true });
    expect(enabled.body.board.editorsDecideProposals).toBe(true);
    expect((await decide(editor.client, idea.id, { action: 'reject', reason: 'Not this season' })).body.proposal.status).toBe('rejected');
    await owner.client.patch(`/api/v1/boards/${boardId}`, { editorsDecideProposals: false });
  });

  it('answers 409 on an archived board', async () => {
    await owner.client.patch(`/api/v1/boards/${boardId}`, { archived: true });
    const res = await customer.client.post(base, { kind: 'idea', title: 'Too late' });
    expect(res.status).toBe(409);
    await owner.client.patch(`/api/v1/boards/${boardId}`, { archived: false });
  });
});
