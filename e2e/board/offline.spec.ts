import { expect, test } from '../fixtures/test';
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
