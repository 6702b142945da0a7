/**
 * The staff app across a new release, in Chromium: a screen that loads its own script (lazyPages.ts) finds that
 * script gone — an old page open while the server was updated — and reloads the page once, which then opens the
 * screen. A missing script address answers 404, never the app's page in place of a script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaffBrowser, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;

describe('the staff app after a new release', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('registrator');
  });

  afterAll(async () => {
    await staff?.close();
  });

  it("reloads once when a screen's script is gone, then opens the screen", async () => {
    const { page } = staff;
    let refused = 0;
    await page.route(/\/app\/assets\/AccountPage-[\w-]+\.js$/, async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 404, contentType: 'application/json', body: '{}' });
      else await route.continue();
    });
    const reloaded = page.waitForEvent('load');
    await page.getByRole('link', { name: 'Mitt konto' }).click();
    await reloaded;
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    expect(refused).toBe(2);
    expect(new URL(page.url()).pathname).toBe('/app/account');
    await page.unroute(/AccountPage/);
  });

  it('answers 404 for a script address that is not there', async () => {
    const res = await staff.page.request.get('/app/assets/index-gammal.js');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).not.toMatch(/javascript|text\/html/);
  });

  it('no server errors', () => {
    expect(staff.pageErrors).toEqual([]);
  });
});
