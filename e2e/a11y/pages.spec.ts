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

test('board settings, the side panel and the board dialogs have no serious accessibility violations', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Café', 'Our counter', 'cafe-order');
  const { page } = owner;

  await page.goto(`/b/${board.id}/settings`);
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.goto('/boards');
  await page.getByRole('button', { name: 'New board' }).first().click();
  await expect(page.getByRole('dialog', { name: 'New board' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.goto(`/b/${board.id}`);
  await expect(page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: /About & people/ }).click();
  await expect(page.getByTestId('board-info-panel')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('searchbox', { name: 'Search this board' }).fill('pay');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Actions for Pay' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'From a template…' }).click();
  await expect(page.getByRole('dialog', { name: 'New script from a template' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Scripts' }).getByRole('button', { name: 'Delete script' }).click();
  await expect(page.getByRole('dialog', { name: /Delete/ })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the first-visit tour has no serious accessibility violations', async ({ owner, newPerson }) => {
  const board = await createBoard(owner.context.request, 'Tour');
  const fresh = await newPerson({ firstVisit: true });
  await fresh.context.addCookies(await owner.context.cookies());
  await fresh.page.goto(`/b/${board.id}`);
  await expect(fresh.page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');
  await fresh.page.mouse.move(700, 400);
  await expect(fresh.page.getByTestId('board-tour')).toBeVisible();
  await expectNoSeriousViolations(fresh.page);
});
