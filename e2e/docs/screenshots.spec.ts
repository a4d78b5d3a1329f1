import { acceptInvite, createBoard, createInvite } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { cell, openBoard } from '../board/board-helpers';

// Refreshes the README's pictures of the board: `SCREENSHOTS=1 npx playwright test e2e/docs`.
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');

test('board screenshots at 1440×900 and 390×844', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Ordering at the counter', 'How a customer orders and receives a drink at our café counter.', 'cafe-order');
  const customer = await newPerson();
  const { token } = await createInvite(owner.context.request, board.id, { role: 'contributor', side: 'customer' });
  await acceptInvite(customer.context.request, token, 'Casey Customer');

  await owner.page.setViewportSize({ width: 1440, height: 900 });
  await openBoard(owner.page, board.id, '?step=order');
  await openBoard(customer.page, board.id, '?step=pay');
  await cell(customer.page, 'Pain points & ideas', 4).click();
  await customer.page.keyboard.press('End');
  await customer.page.keyboard.type(' Tap twice?');
  await expect(owner.page.locator('[data-presence-user]')).toHaveCount(1);
  await owner.page.screenshot({ path: 'docs/screenshots/board-desktop.png' });

  await owner.page.setViewportSize({ width: 390, height: 844 });
  await owner.page.goto(`/b/${board.id}?step=pay`);
  await expect(owner.page.getByTestId('step-position')).toHaveText('Step 4 of 7');
  await owner.page.screenshot({ path: 'docs/screenshots/board-phone.png' });
});
