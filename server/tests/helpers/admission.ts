import type { Admission } from '../../sync/admission';
import { socketRights } from '../../sync/admission';
import { policyContext } from '../../../lib/shared/policy';
import type { Role, Side } from '../../../lib/shared/roles';

/** An admission as `authenticate` would make it, on an open (direct-editing, named, active) board. */
export function testAdmission(opts: { userId: string; boardId: string; role: Role; side: Side; kind?: 'staff' | 'guest' }): Admission {
  const board = { customerEditMode: 'direct', customerVisibility: 'named', archivedAt: null, editorsDecideProposals: false, moderatorsSeePrivate: true } as const;
  return {
    actor: { userId: opts.userId, kind: opts.kind ?? (opts.side === 'firm' ? 'staff' : 'guest'), name: opts.userId, email: null, via: 'session' },
    boardId: opts.boardId,
    room: 'content',
    ip: 'test',
    ...socketRights('content', policyContext({ role: opts.role, side: opts.side }, board)),
  };
}
