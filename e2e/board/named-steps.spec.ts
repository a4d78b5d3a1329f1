import { createBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { openBoard } from './board-helpers';

test('steps have names: renamed from the menu, shown in the header and the URL; links by name or id open the step', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Named steps');
  const { page } = owner;
  await openBoard(page, board.id);

  await page.getByRole('button', { name: 'Actions for Step 2' }).click();
  await page.getByRole('menuitem', { name: 'Rename step' }).click();
  const input = page.getByRole('textbox', { name: 'Name of step 2' });
  await input.fill('Read the menu');
  await input.press('Enter');
  const header = page.getByRole('heading', { name: /Read the menu/ });
  await expect(header).toBeVisible();
  // An empty cell says what belongs in its lane.
  await expect(page.getByRole('textbox', { name: 'Touchpoint, step 2', exact: true })).toHaveAttribute('placeholder', /thing, screen or place/);

  await header.getByRole('button').click();
  await expect(page).toHaveURL(/[?&]step=read-the-menu(&|$)/);
  const link = page.url();

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: /Read the menu/ }).locator('..')).toHaveClass(/bg-indigo-50/);
  // Links made before steps had names (by id) still open the step.
  const stepId = await other.getByRole('heading', { name: /Read the menu/ }).locator('..').getAttribute('data-step-header');
  await other.goto(link.replace('step=read-the-menu', `step=${stepId}`));
  await expect(other.getByRole('heading', { name: /Read the menu/ }).locator('..')).toHaveClass(/bg-indigo-50/);
  await expect(other).toHaveURL(/[?&]step=read-the-menu(&|$)/);
  // The legend explains the lane colours.
  await expect(other.getByTestId('lane-legend')).toContainText('Firm only');
});
