import { expect, test } from '../fixtures/test';
import { boardWithGuest, cell, openBoard } from '../board/board-helpers';

test('suggest mode turns my own cell edits into proposals', async ({ owner }) => {
  const { createBoard } = await import('../fixtures/api');
  const board = await createBoard(owner.context.request, 'Suggest mode board');
  await openBoard(owner.page, board.id);
  await owner.page.getByRole('checkbox', { name: /Suggest mode/ }).check();
  await expect(cell(owner.page, 'Customer does', 1)).toHaveAttribute('readonly', '');
  await owner.page.getByRole('button', { name: 'Suggest a change to Customer does, step 1' }).click();
  await owner.page.getByTestId('suggest-editor').getByRole('textbox', { name: /Your suggestion/ }).fill('Orders at the counter');
  await owner.page.getByRole('button', { name: 'Send suggestion' }).click();
  await expect(owner.page.getByTestId('proposal').filter({ hasText: 'Orders at the counter' })).toBeVisible();
  await expect(cell(owner.page, 'Customer does', 1)).toHaveValue('');
  await owner.page.getByRole('checkbox', { name: /Suggest mode/ }).uncheck();
  await expect(cell(owner.page, 'Customer does', 1)).not.toHaveAttribute('readonly');
});

test('on the phone layout a customer suggests from the step card and sees the decision', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  expect((await owner.context.request.patch(`/api/v1/boards/${board.id}`, { data: { customerEditMode: 'propose' } })).ok()).toBe(true);
  await customer.page.setViewportSize({ width: 390, height: 844 });
  await openBoard(customer.page, board.id);
  await openBoard(owner.page, board.id);
  await customer.page.getByRole('button', { name: 'Suggest a change to Customer does, step 1' }).click();
  await customer.page.getByTestId('suggest-editor').getByRole('textbox', { name: /Your suggestion/ }).fill('Scans a QR code');
  await customer.page.getByRole('button', { name: 'Send suggestion' }).click();
  await owner.page.getByTestId('proposal').filter({ hasText: 'Scans a QR code' }).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(cell(customer.page, 'Customer does', 1)).toHaveValue('Scans a QR code');
});
