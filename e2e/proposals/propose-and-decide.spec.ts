import { expect, test } from '../fixtures/test';
import { withDatabase } from '../fixtures/database';
import { boardWithGuest, cell, openBoard } from '../board/board-helpers';
import { proposal, proposeOnlyBoard, suggest } from './proposal-helpers';

test('a customer suggests a change, staff see it live and accept it; the log credits both', async ({ owner, newPerson }) => {
  test.skip(!process.env.TEST_DATABASE_URL, 'reads the update log: needs TEST_DATABASE_URL');
  const customer = await newPerson();
  const board = await proposeOnlyBoard(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);
  await expect(cell(customer.page, 'Customer does', 1)).toHaveAttribute('readonly', '');

  await suggest(customer.page, 'Customer does, step 1', 'Orders a flat white');
  const seen = proposal(owner.page, 'Orders a flat white');
  await expect(seen).toBeVisible();
  await expect(seen.getByTestId('proposal-author')).toHaveText('Casey Customer');
  await expect(owner.page.getByTestId('cell-proposal-marker').first()).toHaveText('1 proposal');
  await seen.getByRole('button', { name: 'Accept', exact: true }).click();

  await expect(cell(owner.page, 'Customer does', 1)).toHaveValue('Orders a flat white');
  await expect(cell(customer.page, 'Customer does', 1)).toHaveValue('Orders a flat white');
  await owner.page.getByRole('combobox', { name: 'Status' }).selectOption('accepted');
  await expect(proposal(owner.page, 'Orders a flat white').getByTestId('proposal-status')).toHaveText('accepted');

  const proposalId = await proposal(owner.page, 'Orders a flat white').getAttribute('data-proposal-id');
  const me = await (await customer.context.request.get('/api/v1/me')).json();
  const rows = await withDatabase((sql) => sql`select author_id, accepted_by from board_updates where board_id = ${board.id} and proposal_id = ${proposalId!}`);
  expect(rows.map((r) => [r.author_id, r.accepted_by])).toEqual([[me.user.id, owner.user.id]]);
});

test('reject with a reason, endorsements, a hand-merged conflict, and a competing proposal superseded', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await proposeOnlyBoard(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  await suggest(customer.page, 'Customer does, step 2', 'Pays by phone');
  const item = proposal(owner.page, 'Pays by phone');
  await item.getByRole('button', { name: 'Endorse' }).click();
  await expect(proposal(customer.page, 'Pays by phone').getByTestId('endorsement-count')).toHaveText('1');
  await item.getByRole('button', { name: 'Reject…' }).click();
  await item.getByRole('textbox', { name: 'Reason for rejecting' }).fill('We take cash only');
  await item.getByRole('button', { name: 'Reject', exact: true }).click();
  await customer.page.getByRole('combobox', { name: 'Status' }).selectOption('rejected');
  await expect(proposal(customer.page, 'Pays by phone').getByTestId('decision-reason')).toContainText('We take cash only');

  // Conflict: the owner edits the cell after the suggestion; the decider merges by hand.
  await suggest(customer.page, 'Customer does, step 3', 'Waits by the window');
  await cell(owner.page, 'Customer does', 3).fill('Waits at the bar');
  const conflicted = proposal(owner.page, 'Waits by the window');
  await conflicted.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(conflicted.getByTestId('conflict-current')).toHaveText('Waits at the bar');
  await conflicted.getByRole('textbox', { name: 'Merged text' }).fill('Waits at the bar by the window');
  await conflicted.getByRole('button', { name: 'Accept merged text' }).click();
  await expect(cell(customer.page, 'Customer does', 3)).toHaveValue('Waits at the bar by the window');

  // Two proposals on one cell: accepting one supersedes the other.
  await suggest(customer.page, 'Customer does, step 1', 'Option A');
  await suggest(customer.page, 'Customer does, step 1', 'Option B');
  await proposal(owner.page, 'Option A').getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(cell(customer.page, 'Customer does', 1)).toHaveValue('Option A');
  await owner.page.getByRole('combobox', { name: 'Status' }).selectOption('superseded');
  await expect(proposal(owner.page, 'Option B').getByTestId('proposal-status')).toHaveText('superseded');
});

test('a private proposal is absent from another participant’s page until revealed', async ({ owner, newPerson }) => {
  const author = await newPerson();
  const board = await boardWithGuest(owner, author, { name: 'Alex Author' });
  const peer = await newPerson();
  const { createInvite, acceptInvite } = await import('../fixtures/api');
  const { token } = await createInvite(owner.context.request, board.id, { role: 'contributor', side: 'customer' });
  await acceptInvite(peer.context.request, token, 'Pat Peer');
  await openBoard(owner.page, board.id);
  await openBoard(author.page, board.id);
  await openBoard(peer.page, board.id);

  // The peer's page is live: a public idea reaches it.
  await author.context.request.post(`/api/v1/boards/${board.id}/proposals`, { data: { kind: 'idea', title: 'Public menu idea' } });
  await expect(proposal(peer.page, 'Public menu idea')).toBeVisible();
  const res = await author.context.request.post(`/api/v1/boards/${board.id}/proposals`, { data: { kind: 'idea', title: 'Secret loyalty idea', private: true } });
  expect(res.status()).toBe(201);
  await expect(proposal(author.page, 'Secret loyalty idea')).toBeVisible();
  await expect(proposal(owner.page, 'Secret loyalty idea')).toBeVisible();
  await expect(peer.page.locator('body')).not.toContainText('Secret loyalty idea');

  expect((await owner.context.request.post(`/api/v1/boards/${board.id}/proposals/reveal`)).ok()).toBe(true);
  await expect(proposal(peer.page, 'Secret loyalty idea')).toBeVisible();
});
