import { expect, test } from '../fixtures/test';
import { boardWithGuest, cell, openBoard } from './board-helpers';

test('staff and a customer typing in one cell at once end with the same text', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  const ownerCell = cell(owner.page, 'Customer does', 1);
  const customerCell = cell(customer.page, 'Customer does', 1);
  await ownerCell.click();
  await customerCell.click();
  // Both type at the same time, character by character.
  await Promise.all([ownerCell.pressSequentially('staff words ', { delay: 15 }), customerCell.pressSequentially('customer words ', { delay: 15 })]);

  await expect.poll(async () => (await ownerCell.inputValue()).length).toBe('staff words '.length + 'customer words '.length);
  const final = await ownerCell.inputValue();
  await expect(customerCell).toHaveValue(final);
  // Merged character by character: each side's letters are all there, in their own order.
  const isSubsequence = (typed: string) => {
    let at = 0;
    for (const ch of final) if (ch === typed[at]) at++;
    return at === typed.length;
  };
  expect(isSubsequence('staff words ')).toBe(true);
  expect(isSubsequence('customer words ')).toBe(true);
  // The other person's caret shows in the cell they share.
  await expect(owner.page.locator('[data-peer-caret]')).toHaveCount(1);
  // …labelled with the name the viewer may see.
  await expect(owner.page.locator('[data-peer-label]')).toHaveText('Casey Customer');
});
