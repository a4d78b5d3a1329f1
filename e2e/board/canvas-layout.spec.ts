import { createBoard, createInvite, acceptInvite } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { openBoard } from './board-helpers';

test.describe('desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the blueprint is the page: six lanes and five steps in the first view, people in a side panel', async ({ owner, newPerson }) => {
    const board = await createBoard(owner.context.request, 'Café', 'Our counter', 'cafe-order');
    const customer = await newPerson();
    const { token } = await createInvite(owner.context.request, board.id, { role: 'contributor', side: 'customer' });
    await acceptInvite(customer.context.request, token, 'Casey Customer');
    const { page } = owner;
    await openBoard(page, board.id);

    const inView = async (box: { x: number; y: number; width: number; height: number } | null) =>
      !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1440 && box.y + box.height <= 900;
    const lanes = page.getByTestId('blueprint').locator('[data-lane-id]');
    await expect(lanes).toHaveCount(6);
    for (const lane of await lanes.all()) expect(await inView(await lane.locator('h4').boundingBox())).toBe(true);
    const headers = page.locator('[data-step-header]');
    let visible = 0;
    for (const header of await headers.all()) if (await inView(await header.boundingBox())) visible++;
    expect(visible).toBeGreaterThanOrEqual(5);
    // The last lane's cell of the fifth step is on screen too, without scrolling the page.
    expect(await inView(await page.getByRole('textbox', { name: 'Pain points & ideas, step 5', exact: true }).boundingBox())).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The grid spans the window, not a centred column.
    const grid = await page.getByTestId('blueprint').boundingBox();
    expect(grid!.width).toBeGreaterThan(1350);

    // About and people wait in a panel, which says who is online now.
    await expect(page.getByTestId('board-info-panel')).toBeHidden();
    await openBoard(customer.page, board.id);
    await page.getByRole('button', { name: /About & people/ }).click();
    const panel = page.getByTestId('board-info-panel');
    await expect(panel.getByText('Our counter')).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Casey Customer' })).toContainText('Online now');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('button', { name: /About & people/ })).toBeFocused();

    // A step menu near the window's edge is never cut off.
    const lastVisible = page.getByRole('button', { name: /^Actions for/ }).nth(visible - 1);
    await lastVisible.click();
    const menu = await page.getByRole('menu').boundingBox();
    expect(await inView(menu)).toBe(true);
  });

  test('script tabs scroll sideways instead of wrapping', async ({ owner }) => {
    const board = await createBoard(owner.context.request, 'Many scripts');
    const { page } = owner;
    await openBoard(page, board.id);
    const tabs = page.getByTestId('script-tabs');
    const before = (await tabs.boundingBox())!.height;
    for (let i = 0; i < 9; i++) await page.getByRole('button', { name: '+ New script' }).click();
    await expect(tabs.getByRole('listitem')).toHaveCount(10);
    expect((await tabs.boundingBox())!.height).toBe(before);
    expect(await tabs.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the linked step is on screen at load, says where it is, and arrows or a swipe move between steps', async ({ owner }) => {
    const board = await createBoard(owner.context.request, 'Café', '', 'cafe-order');
    const { page } = owner;
    await openBoard(page, board.id, '?step=pay');
    const card = page.getByRole('region', { name: /Pay, step 4 of 7/ });
    await expect(card).toBeInViewport();
    await expect(page.getByTestId('step-position')).toHaveText('Step 4 of 7');
    await expect(page.getByRole('textbox', { name: 'Customer does, step 4', exact: true })).toBeInViewport();
    // No drag handle on a touch screen.
    await expect(card.locator('[draggable=true]')).toHaveCount(0);
    await expect(card.getByTitle('Drag to move')).toHaveCount(0);

    await card.getByRole('heading', { name: /Pay/ }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-position')).toHaveText('Step 5 of 7');
    await expect(page).toHaveURL(/step=wait/);
    await page.getByRole('button', { name: '← Previous' }).click();
    await expect(page.getByTestId('step-position')).toHaveText('Step 4 of 7');

    // A swipe to the left shows the next step.
    const cdp = await page.context().newCDPSession(page);
    const box = (await page.getByRole('region', { name: /step 4 of 7/ }).boundingBox())!;
    const y = box.y + 120;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 320, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 200, y: y + 5 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 80, y: y + 8 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page.getByTestId('step-position')).toHaveText('Step 5 of 7');
  });

  test('every script the board page runs is compiled as it downloads, not when it first runs', async ({ owner }) => {
    const board = await createBoard(owner.context.request, 'Café', '', 'cafe-order');
    const { page } = owner;
    const scripts: Array<Promise<{ url: string; head: string }>> = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') scripts.push(res.text().then((body) => ({ url: res.url(), head: body.slice(0, 40) })));
    });
    await openBoard(page, board.id);
    const loaded = await Promise.all(scripts);
    // The framework, the router, Yjs and the editor at least.
    expect(loaded.length).toBeGreaterThan(5);
    for (const { url, head } of loaded) expect(head, url).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
  });
});
