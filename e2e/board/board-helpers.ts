import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as Y from 'yjs';
import { expect, type Page } from '@playwright/test';
import { acceptInvite, createBoard, createInvite } from '../fixtures/api';
import type { Person } from '../fixtures/test';

/** Opens a board and waits until it is editable and live. */
export async function openBoard(page: Page, boardId: string, query = ''): Promise<void> {
  await page.goto(`/b/${boardId}${query}`);
  await expect(page.getByTestId('board-editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('connection-state').first()).toHaveAttribute('data-state', 'live');
}

/** The text field of a lane's cell in a step (1-based), as labelled for screen readers. */
export function cell(page: Page, lane: string, step: number) {
  return page.getByRole('textbox', { name: `${lane}, step ${step}`, exact: true });
}

/** A board made by `owner`, with a second person joined through an invite with the given role and side. */
export async function boardWithGuest(owner: Person, guest: Person, opts: { role?: 'contributor' | 'observer' | 'editor'; side?: 'firm' | 'customer'; name?: string } = {}) {
  const board = await createBoard(owner.context.request, `Board ${Math.random().toString(36).slice(2, 8)}`);
  const { token } = await createInvite(owner.context.request, board.id, { role: opts.role ?? 'contributor', side: opts.side ?? 'customer' });
  await acceptInvite(guest.context.request, token, opts.name ?? 'Casey Customer');
  return board;
}

/**
 * The board's content as the database holds it, read by the operator CLI
 * (`coscript board export`), which the running e2e server executes (its data
 * dir comes from playwright.config.ts).
 */
export async function readStoredContent(boardId: string): Promise<Y.Doc> {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: process.env.COSCRIPT_E2E_DATA_DIR };
  if (process.env.TEST_DATABASE_URL) env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  const { stdout } = await promisify(execFile)('node', ['scripts/coscript.mjs', 'board', 'export', '--board', boardId], { env: env as NodeJS.ProcessEnv, cwd: process.cwd() });
  const exported = JSON.parse(stdout) as { content: { yjsUpdate: string } };
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(exported.content.yjsUpdate, 'base64'));
  return doc;
}
