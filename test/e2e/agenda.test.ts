/**
 * The agenda builder and the members' reading view in a real browser against the real server with the demo
 * municipality. The KSNAU secretary plans a meeting in the "Nytt sammanträde" dialog, adds two cases with the
 * case picker and one item by title, moves an item with the keyboard buttons and one by drag-and-drop (the
 * provisional paragraph numbers follow), edits an item, sends the notice through its confirm dialog (the numbers
 * are fixed) and opens the members' meeting book (agenda in order, bookmarks, page numbers). An elected KSNAU member then reads the reference meeting 2024-05-21: a document opens
 * inline, a private note is saved and survives a reload, and the view fits a tablet. axe-core checks (no serious
 * or critical violations) at every step; screenshots at 1280 px and, for the reading view, 768 px.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page, type Response as PwResponse } from 'playwright-core';
import { startServer, repoRoot, type RunningServer } from './support/server.ts';
import { bookmarkTitles, pageTexts } from '../support/pdf.ts';
import { formatFindings, seriousViolations, type A11yFinding } from './support/axe.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = path.join(repoRoot, '.tmp/screenshots');
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const meetingDate = inDays(24);
/** The reference meeting's link in the member's list (date, then the organ for screen readers). */
const REFERENCE = /^2024-05-21\s*, KSNAU$/;
const NOTE = 'Fråga om uppföljningen av projekten: när kommer redovisningen?';

let server: RunningServer;
let browser: Browser;
let secretaryContext: BrowserContext;
let memberContext: BrowserContext;
let page: Page;
let member: Page;
const findings: A11yFinding[] = [];
const pageErrors: string[] = [];

async function checkA11y(on: Page, label: string): Promise<void> {
  const violations = await seriousViolations(on);
  if (violations.length) findings.push({ page: label, violations });
}

async function shoot(on: Page, name: string, fullPage = true): Promise<void> {
  await on.screenshot({ path: path.join(screenshotDir, `agenda-${name}.png`), fullPage });
}

/** Scrolls the open document (viewer and notes) to the top of the window and lets the PDF viewer draw. */
async function showOpenDocument(): Promise<void> {
  await member.locator('.read-doc.is-open').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await member.waitForTimeout(800);
}

const noSidewaysScroll = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function newContext(): Promise<BrowserContext> {
  // The staff app's content security policy allows only its own scripts; axe-core is injected by the test.
  const context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  context.setDefaultTimeout(30_000);
  return context;
}

async function logIn(on: Page, username: string, landing: string): Promise<void> {
  on.on('response', (response) => { if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`); });
  await on.goto('/app/login');
  await on.getByLabel('Användarnamn').fill(username);
  await on.getByLabel('Lösenord').fill('demo');
  await on.getByRole('button', { name: 'Logga in' }).click();
  await on.waitForURL(`**/app/${landing}`);
}

/** The agenda items of the "Beslutsärenden" section as their headings read: "§ 1/26 (Preliminärt nummer) Title". */
async function decisionItems(): Promise<string[]> {
  const section = page.getByRole('region', { name: /^Beslutsärenden/ });
  return (await section.getByRole('heading', { level: 4 }).allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The paragraph of a heading text: "12/26" of "§ 12/26 …". */
const paragraphOf = (heading: string): string => /^§ (\d+\/\d{2})/.exec(heading)?.[1] ?? '';

/** Adds a case to the agenda with the case picker (search, choose the match, add). */
async function addCase(number: string, title: RegExp): Promise<void> {
  const panel = page.getByRole('region', { name: 'Lägg till på dagordningen' });
  const search = panel.getByRole('combobox', { name: /^Sök ärende på diarienummer/ });
  await search.fill(number);
  await panel.getByRole('option', { name: new RegExp(number) }).click();
  await panel.getByText(number, { exact: true }).waitFor();
  await panel.getByRole('button', { name: 'Lägg till punkten' }).click();
  await page.getByRole('region', { name: /^Beslutsärenden/ }).getByRole('heading', { level: 4, name: title }).waitFor();
  await search.waitFor();
}

describe('the agenda builder and the members\' reading view', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    secretaryContext = await newContext();
    page = await secretaryContext.newPage();
    await logIn(page, 'sekreterare', 'cases');
  });

  afterAll(async () => {
    await memberContext?.close().catch(() => undefined);
    await secretaryContext?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('R-CALL-2: the secretary plans a meeting in the "Nytt sammanträde" dialog and lands on its agenda with the notice deadline', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sammanträden' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sammanträden' }).waitFor();
    await page.getByRole('table', { name: /Kommunstyrelsens näringslivs- och arbetsutskott/ }).first().waitFor();
    await checkA11y(page, 'meetings list');
    await shoot(page, '01-meetings');

    await page.getByRole('button', { name: 'Nytt sammanträde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt sammanträde' });
    await dialog.waitFor();
    const organ = dialog.getByLabel(/^Organ/);
    await organ.locator('option', { hasText: '(KSNAU)' }).waitFor({ state: 'attached' });
    await checkA11y(page, 'new-meeting dialog');
    await shoot(page, '02-new-meeting', false);
    await organ.selectOption({ label: 'Kommunstyrelsens näringslivs- och arbetsutskott (KSNAU)' });
    await dialog.getByLabel(/^Datum/).fill(meetingDate);
    await dialog.getByLabel(/^Starttid/).fill('13:15');
    await dialog.getByLabel(/^Plats/).fill('Kommunstyrelsens sammanträdesrum');
    await dialog.getByRole('button', { name: 'Skapa sammanträdet' }).click();

    await page.waitForURL(/\/app\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `Sammanträde Kommunstyrelsens näringslivs- och arbetsutskott ${meetingDate}` }).waitFor();
    expect(await page.title()).toMatch(new RegExp(`^Sammanträde KSNAU ${meetingDate} – `));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByText('Kallelsen ska skickas senast').count()).toBe(1);
    expect(await page.getByRole('region', { name: /^Beslutsärenden/ }).getByText('Inga ärenden i avsnittet.').count()).toBe(1);
  });

  it('R-CALL-4: two cases from the diarium and one item by title get provisional paragraph numbers in order', async () => {
    await addCase('KS-2024/00456', /Utvecklingsanslag/i);
    await addCase('KS-2024/00457', /Miljöskjutsen/i);
    const panel = page.getByRole('region', { name: 'Lägg till på dagordningen' });
    await panel.getByRole('radio', { name: 'Endast en rubrik (utan ärende)' }).check();
    await panel.getByLabel(/^Rubrik/).fill('Information om näringslivsdagen');
    await panel.getByLabel('Typ av punkt').selectOption('information');
    await panel.getByRole('button', { name: 'Lägg till punkten' }).click();
    await page.getByRole('heading', { level: 4, name: /Information om näringslivsdagen/ }).waitFor();

    const items = await decisionItems();
    expect(items).toHaveLength(3);
    expect(items.every((h) => h.includes('(Preliminärt nummer)'))).toBe(true);
    expect(items[0]).toMatch(/Utvecklingsanslag/i);
    expect(items[1]).toMatch(/Miljöskjutsen/i);
    expect(items[2]).toMatch(/Information om näringslivsdagen/);
    // Consecutive numbers of the organ's year.
    const numbers = items.map((h) => Number(paragraphOf(h).split('/')[0]));
    expect(numbers[1]).toBe(numbers[0]! + 1);
    expect(numbers[2]).toBe(numbers[0]! + 2);
    expect(paragraphOf(items[0]!)).toMatch(new RegExp(`/${meetingDate.slice(2, 4)}$`));
    // The case item brings its documents into the book (the official report first).
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: /Utvecklingsanslag/i }) });
    expect(await first.getByRole('list', { name: 'Handlingar i mötesboken' }).getByText('KS-2024/00456-1').count()).toBe(1);
    await checkA11y(page, 'agenda builder with items');
    await shoot(page, '03-agenda');
  });

  it('R-CALL-4: "Flytta upp" by keyboard moves an item and the provisional numbers follow the order', async () => {
    const before = await decisionItems();
    const third = paragraphOf(before[2]!);
    const second = paragraphOf(before[1]!);
    const up = page.getByRole('button', { name: `Flytta upp § ${third}` });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Information om näringslivsdagen har flyttats till plats 2 av 3 under Beslutsärenden\./).first().waitFor();
    const after = await decisionItems();
    expect(after[1]).toMatch(/Information om näringslivsdagen/);
    expect(after[2]).toMatch(/Miljöskjutsen/i);
    expect(paragraphOf(after[1]!)).toBe(second);
    expect(paragraphOf(after[2]!)).toBe(third);
    // Focus stays on the moved item's controls, so the keyboard user can keep moving it.
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toMatch(new RegExp(`Flytta (upp|ned) § ${second.replace('/', '\\/')}`));
  });

  it('R-CALL-4: an item dragged with the mouse onto its section goes last there, and the numbers follow again', async () => {
    const section = page.getByRole('region', { name: /^Beslutsärenden/ });
    const info = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: /Information om näringslivsdagen/ }) });
    // Both ends of the drag must be in the window: the section's heading at the top, its last item below.
    const heading = section.getByRole('heading', { level: 3 });
    await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await info.dragTo(heading);
    await page.getByText(/Information om näringslivsdagen har flyttats till plats 3 av 3 under Beslutsärenden\./).first().waitFor();
    const items = await decisionItems();
    expect(items[1]).toMatch(/Miljöskjutsen/i);
    expect(items[2]).toMatch(/Information om näringslivsdagen/);
    const numbers = items.map((h) => Number(paragraphOf(h).split('/')[0]));
    expect(numbers).toEqual([numbers[0], numbers[0]! + 1, numbers[0]! + 2]);
  });

  it('R-CALL-5: an item is edited in its dialog: presenter, and closed to the public', async () => {
    const miljo = paragraphOf((await decisionItems()).find((h) => /Miljöskjutsen/i.test(h))!);
    await page.getByRole('button', { name: `Ändra § ${miljo}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ändra § ${miljo}` });
    await dialog.waitFor();
    await dialog.getByRole('group', { name: 'Handlingar i mötesboken' }).getByRole('checkbox').first().waitFor();
    expect(await dialog.getByRole('checkbox', { name: /^KS-2024\/00457-1 / }).isChecked()).toBe(true);
    await checkA11y(page, 'edit dialog');
    await shoot(page, '04-edit-item', false);
    await dialog.getByLabel(/^Föredragande/).fill('Katharina Radloff, strateg');
    await dialog.getByRole('checkbox', { name: /^Punkten är offentlig/ }).uncheck();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: /Miljöskjutsen/i }) });
    await card.getByText('Föredragande: Katharina Radloff, strateg').waitFor();
    expect(await card.getByText('Ej offentlig', { exact: true }).count()).toBe(1);
    // Focus returns to the item's edit button.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^item-edit-/);
  });

  it('R-CALL-4: sending the notice through its confirm dialog fixes the paragraph numbers', async () => {
    const provisional = (await decisionItems()).map(paragraphOf);
    await page.getByRole('button', { name: 'Skicka kallelse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka kallelsen?' });
    await dialog.getByText(/Paragrafnumren fastställs och kan inte ändras/).waitFor();
    await checkA11y(page, 'notice confirm dialog');
    await shoot(page, '05-notice-confirm', false);
    await dialog.getByRole('button', { name: 'Skicka kallelse' }).click();
    // The result is shown (and announced to screen readers) with the number of members and substitutes.
    const result = page.locator('.notice-result');
    await result.getByText(/^Kallelsen har skickats till \d+ mottagare\.$/).waitFor();
    expect(await result.getByText('Alla handlingar ingår i den offentliga versionen av mötesboken.').count()).toBe(1);
    await dialog.waitFor({ state: 'detached' });

    // The page reloads the meeting after the notice; the numbers are then fixed.
    await expect.poll(() => page.locator('.badge-provisional').count()).toBe(0);
    const fixed = await decisionItems();
    expect(fixed.map(paragraphOf)).toEqual(provisional);
    expect(fixed.some((h) => h.includes('Preliminärt nummer'))).toBe(false);
    const facts = page.locator('dl.facts');
    expect(await facts.getByText('Kallat', { exact: true }).count()).toBe(1);
    expect(await facts.getByText('Kallelsen skickad').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Skicka kallelse' }).count()).toBe(0);
    // After the notice an item is struck ("utgår") rather than removed.
    expect(await page.getByRole('button', { name: `Stryk (utgår) § ${provisional[0]}` }).count()).toBe(1);
    await checkA11y(page, 'agenda after the notice');
    await shoot(page, '06-after-notice');
  });

  it('R-BOOK-1: the members\' meeting book link answers a PDF with the agenda in order, bookmarks and page numbers', async () => {
    const link = page.getByRole('link', { name: /^Mötesbok \(ledamöter\)/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    const answered = new Promise<PwResponse>((resolve) => {
      const onResponse = (response: PwResponse) => {
        if (!response.url().includes('/book.pdf')) return;
        secretaryContext.off('response', onResponse);
        resolve(response);
      };
      secretaryContext.on('response', onResponse);
    });
    const [popup] = await Promise.all([secretaryContext.waitForEvent('page'), link.click()]);
    const response = await answered;
    expect(new URL(response.url()).searchParams.get('variant')).toBe('members');
    expect(response.status()).toBe(200);
    expect((await response.allHeaders())['content-type']).toMatch(/^application\/pdf/);
    // The same address in the same session gives the PDF itself (compiled once, then cached).
    const again = await page.request.get((await link.getAttribute('href'))!, { timeout: 60_000 });
    const book = await again.body();
    expect(book.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The agenda page lists the items in the agenda's order with their fixed numbers; each item has a bookmark
    // and every page the running footer.
    const items = await decisionItems();
    const pages = pageTexts(book);
    expect(pages[0]).toContain('Kallelse med handlingar');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const at = items.map((h) => pages[0]!.search(new RegExp(`${escape(paragraphOf(h))}\\s+${escape(h.replace(/^§ \S+ /, '').slice(0, 30))}`)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(bookmarkTitles(book)).toEqual(expect.arrayContaining(items));
    pages.forEach((text, i) => expect(text).toContain(`Sida ${i + 1} av ${pages.length}`));
    await popup.close();
  });

  it('an elected member opens the reference meeting\'s reading view from "Mina sammanträden"', async () => {
    memberContext = await newContext();
    member = await memberContext.newPage();
    await logIn(member, 'ledamot', 'meetings');
    await member.getByRole('heading', { level: 1, name: 'Mina sammanträden' }).waitFor();
    const past = member.getByRole('region', { name: /^Tidigare sammanträden/ }).first();
    await past.getByRole('link', { name: REFERENCE }).waitFor();
    // A member has no agenda builder.
    expect(await member.getByRole('button', { name: 'Nytt sammanträde' }).count()).toBe(0);
    await checkA11y(member, 'member: my meetings');
    await shoot(member, '07-my-meetings');

    await past.getByRole('link', { name: REFERENCE }).click();
    await member.waitForURL(/\/app\/meetings\/[0-9a-f-]{36}\/read$/);
    await member.getByRole('heading', { level: 1, name: 'Läsvy Kommunstyrelsens näringslivs- och arbetsutskott 2024-05-21' }).waitFor();
    expect(await member.title()).toMatch(/^Handlingar KSNAU 2024-05-21 – /);
    const toc = member.getByRole('navigation', { name: 'Innehåll' });
    expect(await toc.getByRole('listitem').count()).toBe(13);
    await toc.getByRole('link', { name: /^§ 177\/24/ }).waitFor();
    await toc.getByRole('link', { name: /^§ 189\/24/ }).waitFor();
    await checkA11y(member, 'member: reading view');
  });

  it('"Läs handlingen" shows the PDF inline; a private note is saved and kept after a reload', async () => {
    const open = member.getByRole('button', { name: 'Läs handlingen KS-2024/00456-1' });
    await open.click();
    const close = member.getByRole('button', { name: 'Stäng handlingen KS-2024/00456-1' });
    expect(await close.getAttribute('aria-expanded')).toBe('true');
    const frame = member.locator('iframe.pdf-frame').first();
    await frame.waitFor();
    expect(await frame.getAttribute('title')).toMatch(/^KS-2024\/00456-1 .*\(PDF\)$/);
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    // The frame's document is the PDF itself (fetched once with the session, shown from a local address).
    const blobType = await frame.evaluate(async (el: HTMLIFrameElement) => (await (await fetch(el.src)).blob()).type);
    expect(blobType).toBe('application/pdf');
    await member.getByRole('link', { name: 'Ladda ner KS-2024/00456-1' }).waitFor();

    const notes = member.getByRole('region', { name: 'Anteckningar KS-2024/00456-1' });
    await notes.getByLabel(/^Mina anteckningar/).fill(NOTE);
    await notes.getByRole('button', { name: 'Spara anteckningen' }).click();
    await notes.getByText('Din anteckning om KS-2024/00456-1 har sparats.').waitFor();
    await checkA11y(member, 'member: open document with notes');
    await showOpenDocument();
    await shoot(member, '08-document-notes', false);

    await member.reload();
    await member.getByRole('button', { name: 'Läs handlingen KS-2024/00456-1' }).click();
    const kept = member.getByRole('region', { name: 'Anteckningar KS-2024/00456-1' }).getByLabel(/^Mina anteckningar/);
    await expect.poll(() => kept.inputValue()).toBe(NOTE);
    await member.getByRole('region', { name: 'Anteckningar KS-2024/00456-1' }).getByText(/^Senast sparad /).waitFor();
    // Private: the note is not in the secretary's view of the same document's notes.
    const panelId = await member.locator('.read-doc.is-open .read-doc-panel').getAttribute('id');
    const others = await page.request.get(`/api/v1/documents/${panelId!.replace('doc-panel-', '')}/notes`);
    expect(others.ok()).toBe(true);
    expect(JSON.stringify(await others.json())).not.toContain(NOTE);
  });

  it('the reading view fits a tablet (768×1024) without sideways scrolling', async () => {
    await member.setViewportSize({ width: 768, height: 1024 });
    await member.getByRole('button', { name: 'Stäng handlingen KS-2024/00456-1' }).waitFor();
    expect(await noSidewaysScroll(member)).toBe(true);
    await showOpenDocument();
    await shoot(member, '09-reading-tablet-document', false);
    await member.evaluate(() => window.scrollTo(0, 0));
    await shoot(member, '10-reading-tablet', false);
    await member.getByRole('button', { name: 'Stäng handlingen KS-2024/00456-1' }).click();
    expect(await noSidewaysScroll(member)).toBe(true);
    await checkA11y(member, 'member: reading view at 768 px');
    // Portrait and landscape.
    await member.setViewportSize({ width: 1024, height: 768 });
    expect(await noSidewaysScroll(member)).toBe(true);
  });

  it('has no serious or critical accessibility violations and no server errors', () => {
    if (findings.length) throw new Error(`axe-core found serious or critical violations:\n${formatFindings(findings)}`);
    expect(pageErrors).toEqual([]);
  });
});
