/**
 * Every page type of the public portal in a real browser against the real server with the demo municipality
 * (its reference meeting conducted and adjusted): axe-core finds no violation of any impact, headings are in
 * order, nothing overflows a 375 px screen, the skip link is the first stop and moves focus to the content, and
 * keyboard focus is visible on links and form fields. The feedback form is filled and sent with the keyboard.
 * Screenshots at 1280 and 375 px go to .tmp/screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, repoRoot, type RunningServer } from './support/server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = path.join(repoRoot, '.tmp/screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const findings: string[] = [];
const serverErrors: string[] = [];

interface Violation { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] }

/** axe-core on the current page: every violation, whatever its impact. */
async function checkA11y(label: string): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
  for (const v of violations) findings.push(`${label}: [${v.impact}] ${v.id} — ${v.help}\n${v.nodes.slice(0, 3).map((n) => `   ${n.target.map(String).join(' ')} ${n.html.slice(0, 160)}`).join('\n')}`);
}

async function expectOrderedHeadings(): Promise<void> {
  const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => { if (i > 0) expect(level - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1); });
}

/** Opens a page, checks it at 1280 px and at 375 px (no sideways scrolling), with screenshots of both. */
async function visit(url: string, name: string, h1: string | RegExp): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  expect(await page.locator('main#innehall').count()).toBe(1);
  await expectOrderedHeadings();
  await page.screenshot({ path: path.join(screenshotDir, `portal-${name}-1280.png`), fullPage: true });
  await checkA11y(url);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), `${url} overflows at 375 px`).toBe(false);
  await page.screenshot({ path: path.join(screenshotDir, `portal-${name}-375.png`), fullPage: true });
  await checkA11y(`${url} (375 px)`);
}

describe('the public portal', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    server = await startServer();
    // The demo's reference meeting is conducted and adjusted after the server listens.
    for (let i = 0; i < 240; i++) {
      if ((await fetch(`${server.url}/organ/ksnau/2024-05-21/protokoll`)).status === 200) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true }); // axe-core is injected; the portal itself runs no scripts
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('response', (response) => { if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`); });
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('the notice board, a posting and how to appeal', async () => {
    await visit('/anslagstavla', 'board', 'Anslagstavla');
    await page.setViewportSize({ width: 1280, height: 900 });
    const href = await page.locator('.posting h3 a').first().getAttribute('href');
    await visit(href!, 'posting', /.+/);
    await visit('/overklaga', 'appeal', 'Så överklagar du ett kommunalt beslut');
  });

  it('the organs, an organ and the meeting calendar', async () => {
    await visit('/organ', 'organs', 'Organ');
    await visit('/organ/ksnau', 'organ', 'Kommunstyrelsens näringslivs- och arbetsutskott');
    expect(await page.getByRole('link', { name: /Prenumerera på sammanträdena/ }).count()).toBe(1);
    await visit('/sammantraden', 'calendar', 'Sammanträden');
    expect(await page.getByRole('table', { name: 'Kommande sammanträden, alla organ' }).count()).toBe(1);
  });

  it('R-BOOK-2, R-BOOK-3: a meeting with its agenda and the minutes as a web page', async () => {
    await visit('/organ/ksnau/2024-05-21', 'meeting', /Kommunstyrelsens näringslivs- och arbetsutskott/);
    expect(await page.getByText('Handlingarna är sekretessmarkerade enligt OSL 19 kap. 3 § och publiceras inte.').count()).toBe(3);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Protokoll (webbsida)' }).click();
    await page.getByRole('heading', { level: 1, name: /Kommunstyrelsens näringslivs- och arbetsutskott 2024-05-21/ }).waitFor();
    await visit('/organ/ksnau/2024-05-21/protokoll', 'minutes', /2024-05-21/);
    expect(await page.getByRole('navigation', { name: 'Paragrafer i protokollet' }).getByRole('link').count()).toBe(13);
  });

  it('R-REG-3: the register and a case', async () => {
    await visit('/arenden', 'register', 'Diarium');
    await visit('/arenden/ks-2024-00512', 'case', 'Synpunkter på skolskjuts');
    expect(await page.getByText('Sjölander').count()).toBe(0);
  });

  it('search with results and without', async () => {
    await visit('/sok?q=skolskjuts', 'search', 'Sök');
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await visit('/sok?q=finnsinteallsxyz', 'search-empty', 'Sök');
    expect(await page.getByRole('status').filter({ hasText: 'Sökningen gav inga träffar' }).count()).toBe(1);
  });

  it('the skip link is the first stop, moves focus to the content, and focus is visible', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/sammantraden');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotDir, 'portal-keyboard-skip.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ tag: document.activeElement!.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused.tag).toBe('A');
    expect(focused.outline).not.toBe('none');
    await page.screenshot({ path: path.join(screenshotDir, 'portal-keyboard-focus.png') });
  });

  it('DOS: the accessibility statement, its form with errors, and the receipt, by keyboard', async () => {
    await visit('/tillganglighet', 'accessibility', 'Tillgänglighetsredogörelse');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('textbox', { name: /^E-postadress/ }).focus();
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.type('inte en adress');
    await page.getByRole('button', { name: 'Skicka synpunkten' }).press('Enter');
    await page.getByRole('heading', { name: 'Meddelandet kunde inte skickas' }).waitFor();
    await expectOrderedHeadings();
    await page.screenshot({ path: path.join(screenshotDir, 'portal-feedback-errors-1280.png'), fullPage: true });
    await checkA11y('/tillganglighet (errors)');
    await page.getByRole('textbox', { name: /^E-postadress/ }).fill('');
    await page.getByRole('textbox', { name: /^Meddelande/ }).fill('Fokusmarkeringen syns dåligt i sidfoten.');
    await page.getByRole('button', { name: 'Skicka synpunkten' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tack för din synpunkt' }).waitFor();
    expect(await page.getByText(/^KS-\d{4}\/\d{5}-\d+$/).count()).toBe(1);
    await expectOrderedHeadings();
    await page.screenshot({ path: path.join(screenshotDir, 'portal-receipt-1280.png'), fullPage: true });
    await checkA11y('/tillganglighet (receipt)');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: path.join(screenshotDir, 'portal-receipt-375.png'), fullPage: true });
  });

  it('has no accessibility violations of any impact and no server errors', () => {
    if (findings.length) throw new Error(`axe-core found violations:\n${findings.join('\n')}`);
    expect(serverErrors).toEqual([]);
  });
});
