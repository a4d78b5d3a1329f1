import { expect, type Page } from '@playwright/test';
import { boardWithGuest } from '../board/board-helpers';

/** A proposal in a page's panel, found by text it shows. */
export const proposal = (page: Page, text: string) => page.getByTestId('proposal').filter({ hasText: text });

/** A board where the invited customer may only propose changes to cells. */
export async function proposeOnlyBoard(owner: Parameters<typeof boardWithGuest>[0], customer: Parameters<typeof boardWithGuest>[1], name = 'Casey Customer') {
  const board = await boardWithGuest(owner, customer, { name });
  const res = await owner.context.request.patch(`/api/v1/boards/${board.id}`, { data: { customerEditMode: 'propose' } });
  expect(res.ok()).toBe(true);
  return board;
}

/** Suggests a cell's text through the cell's "Suggest a change" editor. */
export async function suggest(page: Page, label: string, text: string) {
  await page.getByRole('button', { name: `Suggest a change to ${label}` }).click();
  const editor = page.getByTestId('suggest-editor');
  await editor.getByRole('textbox', { name: /Your suggestion/ }).fill(text);
  await editor.getByRole('button', { name: 'Send suggestion' }).click();
  await expect(editor).toHaveCount(0);
}
