import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '../fixtures/test';
import { cell } from './board-helpers';

const DEMO_EMAIL = 'demo@coscript.local';
const DEMO_PASSWORD = 'a demo password for e2e';

/** The demo owner's password is printed once at first start; the operator CLI sets a known one. */
async function resetDemoPassword() {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: process.env.COSCRIPT_E2E_DATA_DIR };
  if (process.env.TEST_DATABASE_URL) env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  await promisify(execFile)('node', ['scripts/coscript.mjs', 'user', 'reset-password', '--email', DEMO_EMAIL, '--password', DEMO_PASSWORD], { env: env as NodeJS.ProcessEnv, cwd: process.cwd() });
}

test('a fresh start holds a finished worked example; a first visit gets a three-step tour, once', async ({ newPerson }) => {
  await resetDemoPassword();
  const { page } = await newPerson({ firstVisit: true });
  await page.goto('/signin');
  await page.getByLabel('Email').fill(DEMO_EMAIL);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('link', { name: /Ordering at the counter/ }).click();
  await expect(page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');

  const scripts = page.getByRole('navigation', { name: 'Scripts' });
  await expect(scripts.getByRole('button', { name: 'Order a drink at the counter' })).toHaveAttribute('aria-current', 'page');
  await expect(scripts.getByRole('button', { name: 'Return an item' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: "Customer's job to be done" })).toHaveValue(/good coffee/);
  await expect(page.getByRole('textbox', { name: 'Outcome the customer wants' })).not.toHaveValue('');
  const strip = page.getByRole('navigation', { name: 'Steps of this script' });
  await expect(strip.getByRole('button')).toHaveText(['1. Walk in', '2. Read the menu', '3. Order', '4. Pay', '5. Wait', '6. Collect', '7. Drink']);
  for (const lane of ['Customer does', 'Customer needs to know', 'Staff do (front stage)', 'Behind the scenes', 'Touchpoint', 'Pain points & ideas']) {
    await expect(cell(page, lane, 1)).not.toHaveValue('');
  }

  // The tour waits for the first move on the page.
  const tour = page.getByTestId('board-tour');
  await page.mouse.move(700, 400);
  await expect(tour.getByRole('heading', { name: 'Lanes' })).toBeVisible();
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.getByRole('heading', { name: 'Cells' })).toBeVisible();
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour.getByRole('heading', { name: 'Presence' })).toBeVisible();
  await tour.getByRole('button', { name: 'Got it' }).click();
  await expect(tour).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');
  await page.mouse.move(600, 300);
  await page.keyboard.press('Shift');
  await expect(page.getByTestId('board-tour')).toHaveCount(0);
});
