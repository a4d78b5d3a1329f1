import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { createBoard } from '../fixtures/api';
import { findCell, getScript, listScripts, listSteps } from '../../lib/shared/board-doc';
import { boardWithGuest, cell, openBoard, readStoredContent } from './board-helpers';

test('edits made offline are kept, merged on reconnect, and stored', async ({ owner, newPerson }) => {
  const customer = await newPerson();
  const board = await boardWithGuest(owner, customer);
  await openBoard(owner.page, board.id);
  await openBoard(customer.page, board.id);

  await customer.context.setOffline(true);
  await expect(customer.page.getByTestId('connection-state')).toHaveAttribute('data-state', 'offline');
  await cell(customer.page, 'Pain points & ideas', 2).fill('Too long a queue at 8am');
  await cell(owner.page, 'Staff do (front stage)', 2).fill('Greets by name');

  await customer.context.setOffline(false);
  await expect(customer.page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  await expect(cell(owner.page, 'Pain points & ideas', 2)).toHaveValue('Too long a queue at 8am');
  await expect(cell(customer.page, 'Staff do (front stage)', 2)).toHaveValue('Greets by name');

  // And the database holds both, as the server stored them.
  await expect
    .poll(async () => {
      const doc = await readStoredContent(board.id);
      const script = getScript(doc, listScripts(doc)[0]!.id)!;
      const step = listSteps(script)[1]!.id;
      return [findCell(script, step, 'pain-ideas')?.toString(), findCell(script, step, 'staff-front')?.toString()];
    })
    .toEqual(['Too long a queue at 8am', 'Greets by name']);

  // A reload shows the merged board from this device's copy and the server.
  await customer.page.reload();
  await expect(cell(customer.page, 'Pain points & ideas', 2)).toHaveValue('Too long a queue at 8am');
});

test('a reload while offline shows the board as this device last had it', async ({ owner }) => {
  const board = await createBoard(owner.context.request, 'Offline reload');
  const { page, context } = owner;
  await openBoard(page, board.id);
  // The service worker has kept this page and its files once the page is under its control and cached.
  await expect
    .poll(() => page.evaluate(async (path) => !!navigator.serviceWorker.controller && !!(await caches.match(location.origin + path)), `/b/${board.id}`))
    .toBe(true);

  await context.setOffline(true);
  // Playwright's offline switch does not reach the service worker's own requests; cut those too, as a real outage would.
  await context.route('**', (route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue()));
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'offline');
  await cell(page, 'Customer does', 1).fill('Written on the train');
  await expect.poll(() => storedLocally(page, board.id, 'Written on the train')).toBe(true);

  await page.reload();
  await expect(cell(page, 'Customer does', 1)).toHaveValue('Written on the train');
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'offline');

  await context.unroute('**');
  await context.setOffline(false);
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  await expect
    .poll(async () => {
      const doc = await readStoredContent(board.id);
      const script = getScript(doc, listScripts(doc)[0]!.id)!;
      return findCell(script, listSteps(script)[0]!.id, 'customer-does')?.toString();
    })
    .toBe('Written on the train');
});

/** Whether this browser's IndexedDB copy of the board holds the text (y-indexeddb stores raw updates). */
function storedLocally(page: Page, boardId: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ name, text }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const all = open.result.transaction('updates').objectStore('updates').getAll();
          all.onsuccess = () => {
            const bytes = (all.result as Uint8Array[]).map((u) => new TextDecoder().decode(u)).join('');
            open.result.close();
            resolve(bytes.includes(text));
          };
          all.onerror = () => resolve(false);
        };
      }),
    { name: `coscript-board-${boardId}`, text },
  );
}
