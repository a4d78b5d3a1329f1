import { expect, test } from '../fixtures/test';
import { boardWithGuest, cell, openBoard } from './board-helpers';

test('a step moved by one person keeps the typing another person does in it', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  await cell(customer.page, 'Customer does', 1).click();
  const typing = customer.page.keyboard.type('Orders a flat white with oat milk', { delay: 40 });
  // Once the typing has started arriving, the owner drags step 1 after step 3.
  await expect.poll(async () => (await cell(owner.page, 'Customer does', 1).inputValue()).length).toBeGreaterThan(3);
  await owner.page.getByRole('heading', { name: 'Step 1', exact: true }).dragTo(owner.page.getByRole('heading', { name: 'Step 3', exact: true }));
  await typing;

  for (const page of [owner.page, customer.page]) {
    await expect(cell(page, 'Customer does', 3)).toHaveValue('Orders a flat white with oat milk');
    await expect(cell(page, 'Customer does', 1)).toHaveValue('');
  }
});

test('steps move by keyboard, and are added, duplicated and deleted from their menu with undo', async ({ owner }) => {
  const board = await (await import('../fixtures/api')).createBoard(owner.context.request, 'Keyboard board');
  const { page } = owner;
  await openBoard(page, board.id);

  await cell(page, 'Customer does', 1).fill('Queue');
  await cell(page, 'Customer does', 1).press('Alt+Shift+ArrowRight');
  await expect(cell(page, 'Customer does', 2)).toHaveValue('Queue');
  await expect(cell(page, 'Customer does', 2)).toBeFocused();

  await page.getByRole('button', { name: 'Actions for step 2' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate step' }).click();
  await expect(cell(page, 'Customer does', 3)).toHaveValue('Queue');

  await page.getByRole('button', { name: 'Actions for step 1' }).press('Enter');
  await page.getByRole('menuitem', { name: 'Add step before' }).press('Enter');
  await expect(page.getByRole('heading', { name: /^Step \d+$/ })).toHaveCount(5);

  await page.getByRole('button', { name: 'Actions for step 3' }).click();
  await page.getByRole('menuitem', { name: 'Delete step' }).click();
  await expect(page.getByRole('heading', { name: /^Step \d+$/ })).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Step \d+$/ })).toHaveCount(5);
  await expect(cell(page, 'Customer does', 3)).toHaveValue('Queue');
});
