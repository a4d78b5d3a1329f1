import type { APIRequestContext } from '@playwright/test';
import { acceptInvite, createInvite } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { findCell, getScript, listScripts, listSteps } from '../../lib/shared/board-doc';
import { boardWithGuest, cell, openBoard, readStoredContent } from './board-helpers';

async function userIdOf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/v1/me')).json()) as { user: { id: string } }).user.id;
}

async function patch(request: APIRequestContext, path: string, data: Record<string, unknown>) {
  const res = await request.patch(path, { data });
  expect(res.status(), await res.text()).toBe(200);
}

test('settings and role changes reach an open customer page live', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const other = await newPerson();
  const board = await boardWithGuest(owner, customer, { name: 'Casey Customer' });
  await acceptInvite(other.context.request, (await createInvite(owner.context.request, board.id, { role: 'contributor', side: 'customer' })).token, 'Dana Customer');
  const customerId = await userIdOf(customer.context.request);
  await openBoard(customer.page, board.id);
  await openBoard(other.page, board.id);
  const mine = cell(customer.page, 'Customer does', 1);
  await expect(mine).not.toHaveAttribute('readonly');
  await expect(other.page.getByRole('button', { name: 'Follow Casey Customer (customer)' })).toBeVisible();

  const boardPath = `/api/v1/boards/${board.id}`;
  await patch(owner.context.request, boardPath, { customerEditMode: 'propose' });
  await expect(customer.page.getByTestId('read-only-reason')).toContainText('proposals');
  await expect(mine).toHaveAttribute('readonly', '');
  await expect(customer.page.getByTestId('customer-edit-mode')).toHaveText('Propose changes for review');

  await patch(owner.context.request, boardPath, { customerEditMode: 'direct' });
  await expect(customer.page.getByTestId('read-only-reason')).toHaveCount(0);
  await expect(mine).not.toHaveAttribute('readonly');

  // Anonymous to other customers: the other customer's presence bar stops naming Casey.
  await patch(owner.context.request, boardPath, { customerVisibility: 'anonymous' });
  await expect(other.page.getByRole('button', { name: 'Follow Customer (customer)' })).toBeVisible();
  await expect(other.page.getByRole('button', { name: 'Follow Casey Customer (customer)' })).toHaveCount(0);

  await patch(owner.context.request, `${boardPath}/participants/${customerId}`, { role: 'observer' });
  await expect(customer.page.getByTestId('read-only-reason')).toContainText('observer');
  await expect(mine).toHaveAttribute('readonly', '');

  await patch(owner.context.request, `${boardPath}/participants/${customerId}`, { role: 'contributor' });
  await expect(mine).not.toHaveAttribute('readonly');
  await patch(owner.context.request, boardPath, { archived: true });
  await expect(customer.page.getByTestId('read-only-reason')).toContainText('archived');
  await expect(mine).toHaveAttribute('readonly', '');
});

test('a change typed offline after losing write access is kept aside, never re-sent, and never lands later', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  const boardPath = `/api/v1/boards/${board.id}`;
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  await customer.context.setOffline(true);
  await expect(customer.page.getByTestId('connection-state')).toHaveAttribute('data-state', 'offline');
  await cell(customer.page, 'Customer does', 1).fill('Typed on the train');
  // Meanwhile the owner makes customers propose instead of editing.
  await patch(owner.context.request, boardPath, { customerEditMode: 'propose' });
  await customer.context.setOffline(false);

  // Back online: the page shows the server's board, says what happened, and keeps the words aside.
  await expect(customer.page.getByTestId('refusal-note')).toContainText('not saved');
  await expect(customer.page.getByTestId('draft-panel')).toContainText('Typed on the train');
  await expect(cell(customer.page, 'Customer does', 1)).toHaveValue('');
  await expect(customer.page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');

  // A reload neither re-sends the refused change nor loses the words.
  await customer.page.reload();
  await expect(customer.page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');
  await expect(customer.page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');
  await expect(cell(customer.page, 'Customer does', 1)).toHaveValue('');
  await expect(customer.page.getByTestId('draft-panel')).toContainText('Typed on the train');

  // Direct editing again: the refused change does not land, even after another reload; new edits do.
  await patch(owner.context.request, boardPath, { customerEditMode: 'direct' });
  await customer.page.reload();
  await expect(customer.page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live');
  await expect(cell(customer.page, 'Customer does', 1)).not.toHaveAttribute('readonly');
  await cell(customer.page, 'Customer does', 2).fill('Written after the switch');
  await expect(cell(owner.page, 'Customer does', 2)).toHaveValue('Written after the switch');
  await expect(cell(owner.page, 'Customer does', 1)).toHaveValue('');
  const stored = await readStoredContent(board.id);
  const script = getScript(stored, listScripts(stored)[0]!.id)!;
  expect(findCell(script, listSteps(script)[0]!.id, 'customer-does')?.toString()).toBe('');
});
