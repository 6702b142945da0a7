/**
 * The annual cycle's staff screen in a real browser on the demo: the year 2025 month by month with the reference
 * dates, the wheel as an image with a text alternative, a new deadline entered through the form (a wrong date
 * named next to its field first), and axe-core on the year view and the form (no serious or critical violations).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from './support/server.ts';
import { formatFindings, seriousViolations, type A11yFinding } from './support/axe.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const findings: A11yFinding[] = [];
const serverErrors: string[] = [];

async function checkA11y(label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) findings.push({ page: label, violations });
}

const headingLevels = () => page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName.slice(1))));

describe('the annual cycle screen', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('response', (response) => { if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`); });
    await page.goto('/app/login');
    await page.getByLabel('Användarnamn').fill('ekonomi');
    await page.getByLabel('Lösenord').fill('demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('shows 2025 month by month with the reference dates, and the wheel with a text alternative', async () => {
    await page.goto('/app/registers/annual-cycle?year=2025');
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2025' }).waitFor();
    const march = page.getByRole('table', { name: 'Viktiga datum i mars 2025' });
    await march.getByRole('rowheader', { name: '31 mar – 8 apr' }).first().waitFor();
    await expect(march.getByRole('rowheader', { name: '31 mar – 8 apr' }).count()).resolves.toBe(2);
    const wheel = page.getByRole('img', { name: 'Årshjul 2025 - Umeå kommunfullmäktige' });
    await expect(wheel.getAttribute('aria-labelledby')).resolves.toBe('annual-wheel-title annual-wheel-desc');
    await expect(page.locator('#annual-wheel-desc').textContent()).resolves.toContain('30 numrerade datum'); // 34 rows; the same day and text for several audiences is one number
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(expect.arrayContaining(['Januari', 'December', 'Årshjulet']));
    const levels = await headingLevels();
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => { if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1); });
    await checkA11y('year view');
  });

  it('adds a deadline through the form, with the error next to the field first', async () => {
    await page.getByRole('link', { name: 'Nytt datum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt datum i årshjulet' }).waitFor();
    await page.getByLabel('Datum', { exact: false }).first().fill('2025-02-30');
    await page.getByLabel('Aktivitet (rubrik)', { exact: false }).fill('Budgetberedning');
    await page.getByLabel('Gäller', { exact: false }).selectOption('companies');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.locator('#f-date-error').textContent()).resolves.toBe('måste vara ett datum ÅÅÅÅ-MM-DD');
    await expect(page.locator('#f-date').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkA11y('deadline form with errors');
    await page.locator('#f-date').fill('2025-10-15');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2025' }).waitFor();
    const october = page.getByRole('table', { name: 'Viktiga datum i oktober 2025' });
    await october.getByRole('row', { name: /15 okt Budgetberedning/ }).waitFor();
  });

  it('has no serious accessibility violations and no server errors', () => {
    expect(serverErrors).toEqual([]);
    expect(findings, formatFindings(findings)).toEqual([]);
  });
});
