import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createBoard, createInvite } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Sign in to Coscript' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('workspace and board pages have no serious accessibility violations', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Ordering at the counter', 'From queue to first sip.');
  const { path } = await createInvite(owner.context.request, board.id);
  const { page } = owner;

  await page.goto('/boards');
  await expect(page.getByRole('link', { name: /Ordering at the counter/ })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.goto(`/b/${board.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ordering at the counter' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.goto(`/b/${board.id}/members`);
  await expect(page.getByRole('heading', { name: 'Invite links' })).toBeVisible();
  await expectNoSeriousViolations(page);

  const guest = await newPerson();
  await guest.page.goto(path);
  await expect(guest.page.getByRole('heading', { name: /Join/ })).toBeVisible();
  await expectNoSeriousViolations(guest.page);
});
