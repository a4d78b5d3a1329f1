import { acceptInvite, createBoard, createInvite } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('an observer cannot open the board settings', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Self-checkout');
  const { token } = await createInvite(owner.context.request, board.id, { role: 'observer', side: 'firm' });
  const observer = await newPerson();
  await acceptInvite(observer.context.request, token, 'Oscar Observer');

  await observer.page.goto(`/b/${board.id}`);
  await expect(observer.page.getByRole('heading', { level: 1, name: 'Self-checkout' })).toBeVisible();
  await expect(observer.page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);

  await observer.page.goto(`/b/${board.id}/settings`);
  await expect(observer.page.getByRole('heading', { name: "You can't change this board's settings" })).toBeVisible();
  await expect(observer.page.getByLabel('Board name')).toHaveCount(0);

  const patch = await observer.context.request.patch(`/api/v1/boards/${board.id}`, { data: { name: 'Hijacked' } });
  expect(patch.status()).toBe(403);
  const after = await (await owner.context.request.get(`/api/v1/boards/${board.id}`)).json();
  expect(after.board.name).toBe('Self-checkout');
});
