/**
 * The staff search in Chromium against the real server with the demo municipality: from the menu, a search for
 * "upphandling" ranks hits with the matched words marked (compounds too), a hit leads to its case; a wrong date
 * is named in Swedish and the field takes focus from the error summary; the query stays in the address. A word
 * found only inside a secret-marked PDF is found by the registrar with access to it and never shown to
 * registrator2 — neither as a hit nor in a snippet (R-REG-6). axe-core finds no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { secretTextMarkers } from '../../src/demo/data.ts';
import { formatFindings, seriousViolations } from './support/axe.ts';
import { openStaffBrowser, signIn, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;
let page: Page;
const checkA11y = (label: string): Promise<void> => staff.checkA11y(label);

async function searchFor(on: Page, q: string): Promise<void> {
  await on.getByLabel('Sökord eller diarienummer').fill(q);
  await on.getByRole('button', { name: 'Sök', exact: true }).click();
  await on.getByRole('heading', { level: 2, name: `Träffar för ”${q}”` }).waitFor();
}

/** The PDFs' text is extracted in the background after the start: search until the word is found. */
async function searchUntilFound(on: Page, q: string): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    await searchFor(on, q);
    if (await on.locator('.search-hit mark').count()) return;
    if (Date.now() > until) throw new Error(`"${q}" was not found within a minute`);
    await on.waitForTimeout(1000);
  }
}

describe('the staff search', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('registrator');
    page = staff.page;
  });

  afterAll(async () => {
    await staff?.close();
  });

  it('is in the menu and finds inflections and compounds, the matched words marked', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sök i diariet' }).waitFor();
    await checkA11y('empty search');
    await searchUntilFound(page, 'upphandling');
    const marked = (await page.locator('.search-hit mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked).toContain('upphandling');
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(3);
    expect(new URL(page.url()).searchParams.get('q')).toBe('upphandling');
    await checkA11y('results');
    // A compound in a case title: "avtal" in "Serviceavtal".
    await searchFor(page, 'avtal');
    expect((await page.locator('.search-hit mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain('serviceavtal');
  });

  it('shows more hits on request, none twice, and says how many came', async () => {
    await searchFor(page, 'kommun');
    // The previous search's hits may still be shown until the new page of 20 arrives.
    await page.locator('.search-hit').nth(19).waitFor();
    const first = await page.locator('.search-hit').count();
    expect(first).toBe(20);
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await page.locator('.search-hit').nth(first).waitFor();
    // Each hit is named by its kind and number (a case's Dnr, a document's Dnr with its sequence).
    const names = await page.locator('.search-hit-type').allInnerTexts();
    expect(names.length).toBeGreaterThan(first);
    expect(new Set(names).size).toBe(names.length);
    await page.getByRole('status').filter({ hasText: /\d+ fler träffar visas/ }).waitFor({ state: 'attached' });
  });

  it('leads from a case hit to the case', async () => {
    await searchFor(page, 'KS-2024/420');
    const first = page.locator('.search-hit').first();
    expect(await first.locator('.search-hit-type').innerText()).toContain('KS-2024/00420');
    await first.getByRole('link').click();
    await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /KS-2024\/00420/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Träffar för ”KS-2024/420”' }).waitFor();
  });

  it('names a wrong date in Swedish and takes the user to the field', async () => {
    await page.getByText('Avgränsa sökningen').click();
    await page.getByLabel('Från och med').fill('2024-13-01');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const summary = page.getByRole('group', { name: 'Det finns fel i formuläret' });
    await summary.getByRole('link', { name: 'Från och med: ange ett datum ÅÅÅÅ-MM-DD' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('from');
    await checkA11y('date error');
    await page.getByLabel('Sökord eller diarienummer').fill('upphandling');
    await page.getByLabel('Från och med').fill('2024-01-01');
    await page.getByLabel('Typ').selectOption('case');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('heading', { level: 2 }).filter({ hasText: 'Träffar för' }).waitFor();
    const types = await page.locator('.search-hit-type').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^Ärende/);
  });

  it('R-REG-6: a word only inside a secret PDF is found with access, and never shown to registrator2', async () => {
    const marker = secretTextMarkers[0]!;
    await page.goto('/app/search');
    await searchUntilFound(page, marker);
    expect(await page.locator('.search-hits').innerText()).toContain(marker);

    const other = await staff.browser.newContext({ baseURL: staff.server.url, locale: 'sv-SE', bypassCSP: true });
    try {
      const page2 = await other.newPage();
      await signIn(page2, 'registrator2');
      await page2.goto(`/app/search?q=${encodeURIComponent(marker)}`);
      await page2.getByRole('heading', { level: 2, name: `Träffar för ”${marker}”` }).waitFor();
      const main = await page2.locator('main').innerText();
      expect(main).toContain('Inga träffar.');
      expect(main.replace(`”${marker}”`, '')).not.toContain(marker);
      const violations = await seriousViolations(page2);
      expect(violations).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('no serious or critical accessibility violations and no server errors', () => {
    expect(formatFindings(staff.findings)).toBe('');
    expect(staff.pageErrors).toEqual([]);
  });
});
