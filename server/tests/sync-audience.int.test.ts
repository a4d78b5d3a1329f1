import { describe, expect, it } from 'vitest';
import { startInProcessSync } from './helpers/in-process-sync';
import { connect, rawSocket, waitFor } from './helpers/sync';

/** Everything a socket received, as one string (the JSON values travel as UTF-8 inside the Yjs updates). */
const received = (messages: Uint8Array[]) => Buffer.concat(messages).toString('utf8');

describe('per-audience control state', async () => {
  const { sync, server, person, boardOf, join } = await startInProcessSync();
  const owner = await person('Owner');
  const moderator = await person('Moderator');
  const contributor = await person('Contributor');
  const boardId = await boardOf(owner.userId);
  await join(boardId, moderator.userId, 'moderator', 'firm');
  await join(boardId, contributor.userId, 'contributor', 'customer');
  const control = (token: string) => rawSocket(server, `/${boardId}/control?token=${token}`);

  it("sends state addressed to moderators to moderators' sockets only, and a person's own state to them alone", async () => {
    const asContributor = control(contributor.token);
    const asModerator = control(moderator.token);
    await waitFor(() => asContributor.messages.length > 0 && asModerator.messages.length > 0, 'greetings');

    await sync.setControlState(boardId, 'review', { note: 'MODERATORS-ONLY-7f3a' }, 'moderators');
    await sync.setControlState(boardId, 'mine', { note: 'FOR-THE-CONTRIBUTOR-91c2' }, { userId: contributor.userId });
    await sync.setControlState(boardId, 'phase', { name: 'EVERYONE-MARKER-55d0' });

    await waitFor(() => received(asContributor.messages).includes('EVERYONE-MARKER-55d0'), "everyone's state at the contributor");
    await waitFor(() => received(asModerator.messages).includes('EVERYONE-MARKER-55d0'), "everyone's state at the moderator");
    expect(received(asModerator.messages)).toContain('MODERATORS-ONLY-7f3a');
    expect(received(asContributor.messages)).not.toContain('MODERATORS-ONLY-7f3a');
    expect(received(asContributor.messages)).toContain('FOR-THE-CONTRIBUTOR-91c2');
    expect(received(asModerator.messages)).not.toContain('FOR-THE-CONTRIBUTOR-91c2');
  });

  it('serves a stock client one document with a map per audience, also to sockets joining later', async () => {
    const { doc, synced } = connect(server, boardId, { token: moderator.token, room: 'control' });
    await synced();
    await waitFor(() => doc.getMap('moderators').get('review'), 'moderators map');
    expect(doc.getMap('moderators').toJSON()).toEqual({ review: { note: 'MODERATORS-ONLY-7f3a' } });
    expect(doc.getMap('state').toJSON()).toEqual({ phase: { name: 'EVERYONE-MARKER-55d0' } });
    await sync.setControlState(boardId, 'review', { note: 'second look' }, 'moderators');
    await waitFor(() => (doc.getMap('moderators').get('review') as { note: string }).note === 'second look', 'live moderators update');
    const late = control(contributor.token);
    await late.opened;
    late.ws.send(new Uint8Array([0, 0, 1, 0])); // SyncStep1 with an empty state vector: "send me everything"
    await waitFor(() => received(late.messages).includes('EVERYONE-MARKER-55d0'), 'late joiner greeting');
    expect(received(late.messages)).not.toContain('second look');
  });
});
