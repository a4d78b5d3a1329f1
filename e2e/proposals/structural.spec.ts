import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { boardWithGuest, cell, openBoard } from '../board/board-helpers';
import { proposal } from './proposal-helpers';

async function proposeFromStepMenu(page: Page, step: number, item: string) {
  await page.getByRole('button', { name: `Propose a change to step ${step}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Proposed.' })).toBeVisible();
}

test('a proposed step move is applied by the server while someone types in that step; the typing survives', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  await proposeFromStepMenu(customer.page, 1, 'Propose moving right');
  const move = proposal(owner.page, 'Move step 1 right');
  await expect(move).toBeVisible();

  await cell(customer.page, 'Customer does', 1).click();
  const typing = customer.page.keyboard.type('Orders a flat white with oat milk', { delay: 40 });
  await expect.poll(async () => (await cell(owner.page, 'Customer does', 1).inputValue()).length).toBeGreaterThan(3);
  await move.getByRole('button', { name: 'Accept', exact: true }).click();
  await typing;

  for (const page of [owner.page, customer.page]) {
    await expect(cell(page, 'Customer does', 2)).toHaveValue('Orders a flat white with oat milk');
    await expect(cell(page, 'Customer does', 1)).toHaveValue('');
  }
});

test('a proposal whose step was removed becomes stale with the reason; step badges count open proposals', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  const res = await owner.context.request.patch(`/api/v1/boards/${board.id}`, { data: { customerEditMode: 'propose' } });
  expect(res.ok()).toBe(true);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  await customer.page.getByRole('button', { name: 'Suggest a change to Customer does, step 3' }).click();
  await customer.page.getByTestId('suggest-editor').getByRole('textbox', { name: /Your suggestion/ }).fill('Leaves with a smile');
  await customer.page.getByRole('button', { name: 'Send suggestion' }).click();
  await proposeFromStepMenu(owner.page, 3, 'Propose removing');
  await expect(owner.page.getByRole('button', { name: '2 open proposals on step 3' })).toBeVisible();
  // The badge shows that step's proposals in the panel; "Show step" jumps back.
  await owner.page.getByRole('button', { name: '2 open proposals on step 3' }).click();
  await expect(owner.page.getByTestId('proposal')).toHaveCount(2);
  await proposal(owner.page, 'Leaves with a smile').getByRole('button', { name: 'Show step' }).click();
  await expect(owner.page).toHaveURL(/step=step-3/);

  await proposal(owner.page, 'Remove step 3').getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(owner.page.getByRole('heading', { name: /^Step \d+$/ })).toHaveCount(2);
  await proposal(owner.page, 'Leaves with a smile').getByRole('button', { name: 'Accept', exact: true }).click();
  await owner.page.getByRole('combobox', { name: 'Status' }).selectOption('stale');
  await expect(proposal(owner.page, 'Leaves with a smile').getByTestId('decision-reason')).toContainText('The step was deleted.');
});
