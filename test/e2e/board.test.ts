/**
 * The public notice board in a real browser against the real server with the demo municipality: a delegated
 * decision and a council announcement are posted through the staff API, then /anslagstavla, a posting's page and
 * /overklaga are read without logging in and checked with axe-core (no serious or critical violations), for
 * heading order, the skip link and visible keyboard focus (WCAG 2.1 AA).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, repoRoot, type RunningServer } from './support/server.ts';
import { api, login } from './support/api.ts';
import { formatFindings, seriousViolations, type A11yFinding } from './support/axe.ts';
import { signIn } from './support/staff.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = path.join(repoRoot, '.tmp/screenshots');
const swedishToday = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const findings: A11yFinding[] = [];
const pageErrors: string[] = [];
let postingId = '';

async function checkA11y(label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) findings.push({ page: label, violations });
}

/** Heading levels in document order: starts at 1, exactly one h1, never skips a level going down. */
async function headingLevels(): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1))));
}
function expectOrderedHeadings(levels: number[]): void {
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => { if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1); });
}

describe('the public notice board', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    server = await startServer();
    const registrar = await login(server.url, 'registrator', 'demo');
    const posted = await api<{ id: string }>(registrar, 'POST', '/board/delegated-decisions', {
      organId: (await api<{ items: { id: string; code: string }[] }>(registrar, 'GET', '/organs')).items.find((o) => o.code === 'KS')!.id,
      decisionTitle: 'Bidrag till föreningen Umeå Folkets Hus för sommarlovsaktiviteter', decisionDate: swedishToday(),
      delegate: 'Kommundirektören', keptAt: 'Kommunstyrelsens registratur, Skolgatan 31A, Umeå', caseNumber: 'KS-2024/00456',
    });
    postingId = posted.id;
    // A council meeting whose notice posts its announcement (R-CALL-1).
    const admin = await login(server.url, 'admin', 'demo');
    const organs = await api<{ items: { id: string; code: string }[] }>(admin, 'GET', '/organs');
    const meeting = await api<{ id: string }>(admin, 'POST', '/meetings', { organId: organs.items.find((o) => o.code === 'KF')!.id, date: inDays(14), startTime: '18:00', place: 'Fullmäktigesalen, Stadshuset' });
    await api(admin, 'POST', `/meetings/${meeting.id}/items`, { title: 'Årsredovisning för Umeå kommun' });
    await api(admin, 'POST', `/meetings/${meeting.id}/notice`);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true }); // the portal's CSP allows no scripts; axe-core is injected
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('response', (response) => { if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`); });
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('R-BOARD-1: /anslagstavla shows the current postings with their appeal dates, without scripts', async () => {
    await page.goto('/anslagstavla');
    await page.getByRole('heading', { level: 1, name: 'Anslagstavla' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    const posting = page.getByRole('article').filter({ hasText: 'Bidrag till föreningen Umeå Folkets Hus' });
    expect(await posting.locator('dt', { hasText: 'Sista dag för överklagande' }).count()).toBe(1);
    // The demo announces a council meeting of its own; this one is told apart by its date.
    expect(await page.getByRole('heading', { level: 3, name: `Kungörelse: sammanträde med Kommunfullmäktige ${inDays(14)}` }).count()).toBe(1);
    expectOrderedHeadings(await headingLevels());
    await page.screenshot({ path: path.join(screenshotDir, 'board-01-list.png'), fullPage: true });
    await checkA11y('/anslagstavla');
  });

  it('the skip link is the first stop and visible when focused; links show a focus outline', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'board-02-skip-link.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: path.join(screenshotDir, 'board-03-focus.png') });
  });

  it('R-APPEAL-1: a posting\'s own page states the last day to appeal and links to how to appeal', async () => {
    await page.goto(`/anslagstavla/${postingId}`);
    await page.getByRole('heading', { level: 1, name: /Delegationsbeslut: Bidrag till föreningen/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Så överklagar du ett kommunalt beslut' }).count()).toBeGreaterThan(0);
    expectOrderedHeadings(await headingLevels());
    await page.screenshot({ path: path.join(screenshotDir, 'board-04-posting.png'), fullPage: true });
    await checkA11y('/anslagstavla/:id');
  });

  it('R-APPEAL-1: /overklaga explains laglighetsprövning', async () => {
    await page.goto('/overklaga');
    await page.getByRole('heading', { level: 1, name: 'Så överklagar du ett kommunalt beslut' }).waitFor();
    expect(await page.getByRole('link', { name: 'Överklaga ett beslut' }).getAttribute('aria-current')).toBe('page');
    expectOrderedHeadings(await headingLevels());
    await page.screenshot({ path: path.join(screenshotDir, 'board-05-appeal.png'), fullPage: true });
    await checkA11y('/overklaga');
  });

  it('reads on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/anslagstavla');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.screenshot({ path: path.join(screenshotDir, 'board-06-narrow.png'), fullPage: true });
    await checkA11y('/anslagstavla (narrow)');
  });

  it('R-APPEAL-1: staff see the posting with its history; taking it down is not yet possible and says from when', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'registrator');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Anslagstavla' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anslagstavla' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Bidrag till föreningen Umeå Folkets Hus' });
    await card.waitFor();
    const remove = card.getByRole('button', { name: 'Ta ned anslaget' });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    expect(await card.getByText(/^Kan tas ned från \d{4}-\d{2}-\d{2}/).count()).toBe(1);
    await card.getByText(/^Historik/).click();
    await card.getByText(/Uppsatt av/).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'board-07-staff.png'), fullPage: true });
    await checkA11y('/app/board');
  });

  it('R-DEL-1: staff post a delegated decision from the dialog', async () => {
    await page.getByRole('button', { name: 'Nytt delegationsbeslut' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt delegationsbeslut' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Organ/).selectOption({ label: 'Kommunstyrelsen (KS)' });
    await dialog.getByLabel(/^Beslut \(/).fill('Avskrivning av kundfordringar under 5 000 kronor');
    await dialog.getByLabel(/^Beslutsfattare/).fill('Ekonomidirektören');
    await dialog.getByLabel(/^Var beslutet förvaras/).fill('Kommunstyrelsens registratur, Skolgatan 31A, Umeå');
    await page.screenshot({ path: path.join(screenshotDir, 'board-08-staff-dialog.png') });
    await checkA11y('/app/board (dialog)');
    await dialog.getByRole('button', { name: 'Sätt upp anslaget' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 3, name: /Avskrivning av kundfordringar/ }).waitFor();
  });

  it('has no serious or critical accessibility violations and no server errors', () => {
    if (findings.length) throw new Error(`axe-core found serious or critical violations:\n${formatFindings(findings)}`);
    expect(pageErrors).toEqual([]);
  });
});
