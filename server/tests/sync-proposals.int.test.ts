import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/server/auth/actor';
import { t } from '../../lib/server/db';
import { updateBoard } from '../../lib/server/boards/update-board';
import { createProposal } from '../../lib/server/proposals/create-proposal';
import { decideProposal } from '../../lib/server/proposals/decide-proposal';
import { revealProposals } from '../../lib/server/proposals/reveal-proposals';
import { findCell, getScript, listLanes, listScripts, listSteps } from '../../lib/shared/board-doc';
import { startInProcessSync } from './helpers/in-process-sync';
import { connect, rawSocket, waitFor } from './helpers/sync';

/** Everything a socket received, as one string (the JSON values travel as UTF-8 inside the Yjs updates). */
const received = (messages: Uint8Array[]) => Buffer.concat(messages).toString('utf8');
const actor = (userId: string): Actor => ({ userId, kind: 'staff', name: 'x', email: null, via: 'token' });

describe('proposals through the sync server', async () => {
  const { db, sync, server, person, boardOf, join } = await startInProcessSync();
  const owner = await person('Owner');
  const customer = await person('Customer');
  const peer = await person('Peer');
  const boardId = await boardOf(owner.userId);
  await join(boardId, customer.userId, 'contributor', 'customer');
  await join(boardId, peer.userId, 'contributor', 'customer');

  it('an accepted proposal is one update credited to the proposer as author and the decider as accepter', async () => {
    const { doc, synced } = connect(server, boardId, { token: peer.token });
    await synced();
    const scriptId = listScripts(doc)[0]!.id;
    const stepId = listSteps(getScript(doc, scriptId)!)[0]!.id;
    const laneId = listLanes(doc)[0]!.id;
    const control = connect(server, boardId, { token: peer.token, room: 'control' });
    await control.synced();

    const proposal = await createProposal({ actor: actor(customer.userId), boardId, input: { kind: 'cell_change', scriptId, stepId, laneId, proposedText: 'Tap to pay' } });
    await waitFor(() => (control.doc.getMap('state').get(`proposal:${proposal.id}`) as { status: string } | undefined)?.status === 'open', 'live summary');
    await decideProposal({ actor: actor(owner.userId), boardId, proposalId: proposal.id, input: { action: 'accept' } });
    await waitFor(() => findCell(getScript(doc, scriptId)!, stepId, laneId)?.toString() === 'Tap to pay', 'the change at a peer');
    await waitFor(() => (control.doc.getMap('state').get(`proposal:${proposal.id}`) as { status: string }).status === 'accepted', 'live status');

    await sync.registry.flush();
    const rows = await db.select().from(t.boardUpdates).where(and(eq(t.boardUpdates.boardId, boardId), eq(t.boardUpdates.proposalId, proposal.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ room: 'content', authorId: customer.userId, acceptedBy: owner.userId });

    // Undo: a new write, credited to whoever undid it; the accept stays in the log.
    await decideProposal({ actor: actor(owner.userId), boardId, proposalId: proposal.id, input: { action: 'undo' } });
    await waitFor(() => findCell(getScript(doc, scriptId)!, stepId, laneId)?.toString() === '', 'the undo at a peer');
    await sync.registry.flush();
    const after = await db.select().from(t.boardUpdates).where(and(eq(t.boardUpdates.boardId, boardId), eq(t.boardUpdates.proposalId, proposal.id)));
    expect(after.map((r) => [r.authorId, r.acceptedBy])).toEqual([
      [customer.userId, owner.userId],
      [owner.userId, null],
    ]);
  });

  it("a private proposal's text never reaches another participant's socket before the reveal, and does after", async () => {
    const asPeer = rawSocket(server, `/${boardId}/control?token=${peer.token}`);
    const asAuthor = rawSocket(server, `/${boardId}/control?token=${customer.token}`);
    const asOwner = rawSocket(server, `/${boardId}/control?token=${owner.token}`);
    await waitFor(() => asPeer.messages.length > 0 && asAuthor.messages.length > 0 && asOwner.messages.length > 0, 'greetings');

    await createProposal({ actor: actor(customer.userId), boardId, input: { kind: 'idea', title: 'PRIVATE-IDEA-4b1e', private: true } });
    await createProposal({ actor: actor(peer.userId), boardId, input: { kind: 'idea', title: 'PUBLIC-IDEA-88aa' } });
    await waitFor(() => received(asPeer.messages).includes('PUBLIC-IDEA-88aa'), 'the public idea at the peer');
    await waitFor(() => received(asAuthor.messages).includes('PRIVATE-IDEA-4b1e'), 'the private idea at its author');
    await waitFor(() => received(asOwner.messages).includes('PRIVATE-IDEA-4b1e'), 'the private idea at the owner');
    expect(received(asPeer.messages)).not.toContain('PRIVATE-IDEA-4b1e');

    await revealProposals({ actor: actor(owner.userId), boardId });
    await waitFor(() => received(asPeer.messages).includes('PRIVATE-IDEA-4b1e'), 'the revealed idea at the peer');
  });

  it('with "moderators see private proposals" off, not even the owner\'s socket receives one before the reveal', async () => {
    await updateBoard({ actorId: owner.userId, boardId, input: { moderatorsSeePrivate: false } });
    const asOwner = rawSocket(server, `/${boardId}/control?token=${owner.token}`);
    const asAuthor = rawSocket(server, `/${boardId}/control?token=${customer.token}`);
    await waitFor(() => asOwner.messages.length > 0 && asAuthor.messages.length > 0, 'greetings');
    await createProposal({ actor: actor(customer.userId), boardId, input: { kind: 'idea', title: 'SEALED-IDEA-19c7', private: true } });
    await createProposal({ actor: actor(peer.userId), boardId, input: { kind: 'idea', title: 'OPEN-IDEA-3e0d' } });
    await waitFor(() => received(asOwner.messages).includes('OPEN-IDEA-3e0d'), 'the public idea at the owner');
    await waitFor(() => received(asAuthor.messages).includes('SEALED-IDEA-19c7'), 'the private idea at its author');
    expect(received(asOwner.messages)).not.toContain('SEALED-IDEA-19c7');
    await revealProposals({ actor: actor(owner.userId), boardId });
    await waitFor(() => received(asOwner.messages).includes('SEALED-IDEA-19c7'), 'the revealed idea at the owner');
  });
});
