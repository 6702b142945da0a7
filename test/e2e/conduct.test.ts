/**
 * Meeting mode (sammanträdesläge) in a real browser against the real server with the demo municipality: the
 * KSNAU secretary opens a freshly planned and called meeting, records attendance with a substitute chosen
 * against the calling order's suggestion, a jäv on one item, two proposals and an open roll-call vote, the
 * decision, and closes the meeting — after which dissents are refused. axe-core checks (no serious or critical
 * violations) at the opening form, the attendance view, the item view and the vote table; screenshots at 1280
 * and 1024 px.
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
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const meetingDate = inDays(21);

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let meetingId = '';
const findings: A11yFinding[] = [];
const pageErrors: string[] = [];

async function checkA11y(label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) findings.push({ page: label, violations });
}

/** Screenshots at 1280 px and at 1024 px, then back to 1280. */
async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `conduct-${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 1024, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: path.join(screenshotDir, `conduct-${name}-1024.png`), fullPage: true });
  await page.screenshot({ path: path.join(screenshotDir, `conduct-${name}-1024-view.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Chooses the option of a select whose text contains `text`. */
async function choose(select: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

const saved = () => page.getByText(/^Sparat \d{2}:\d{2}:\d{2}$/).waitFor();
const item = () => page.getByRole('article');

describe('meeting mode', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    server = await startServer();
    const secretary = await login(server.url, 'sekreterare', 'demo');
    const organs = await api<{ items: { id: string; code: string }[] }>(secretary, 'GET', '/organs');
    const caseId = async (n: string) =>
      (await api<{ items: { id: string; number: string }[] }>(secretary, 'GET', `/cases?q=${encodeURIComponent(n)}`)).items.find((c) => c.number === n)!.id;
    const meeting = await api<{ id: string }>(secretary, 'POST', '/meetings', {
      organId: organs.items.find((o) => o.code === 'KSNAU')!.id, date: meetingDate, startTime: '13:15', place: 'Kommunstyrelsens sammanträdesrum',
    });
    meetingId = meeting.id;
    await api(secretary, 'POST', `/meetings/${meetingId}/items`, { caseId: await caseId('KS-2024/00456') });
    await api(secretary, 'POST', `/meetings/${meetingId}/items`, { caseId: await caseId('KS-2024/00457') });
    await api(secretary, 'POST', `/meetings/${meetingId}/items`, { title: 'Information från förvaltningen', kind: 'information' });
    await api(secretary, 'POST', `/meetings/${meetingId}/notice`);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true }); // axe-core is injected; the app's CSP allows only its own scripts
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('response', (response) => { if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`); });
    await signIn(page, 'sekreterare');
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('R-MIN-2: the meeting page leads to meeting mode; the secretary opens the meeting with who is present, chair and adjuster', async () => {
    await page.goto(`/app/meetings/${meetingId}`);
    await page.getByRole('link', { name: 'Starta eller fortsätt sammanträdet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Öppna sammanträdet' }).waitFor();
    const present = page.getByRole('group', { name: 'Närvarande från början' });
    await present.getByRole('checkbox', { name: /^Jenny Brännström/ }).uncheck();
    await present.getByRole('checkbox', { name: /^Johan Nyström/ }).check();
    await present.getByRole('checkbox', { name: /^Patrik Söderholm/ }).check();
    expect(await page.getByLabel('Ordförande', { exact: true }).inputValue()).not.toBe('');
    await page.getByLabel('Sekreterare', { exact: true }).fill('Ingrid Norlén');
    await page.getByRole('group', { name: 'Justerare' }).getByRole('checkbox', { name: /^Moa Selin/ }).check();
    await page.getByLabel('Plats för justering').fill('Stadshuset, Umeå');
    await page.getByLabel(/^Datum för justering/).fill(inDays(23));
    await page.getByLabel(/^Tid för justering/).fill('10:00');
    await page.getByLabel(/^Övriga närvarande/).fill('Anna Berg, kommundirektör');
    await checkA11y('opening form');
    await shoot('01-opening');
    await page.getByRole('button', { name: 'Öppna sammanträdet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Närvaro och tjänstgöring' }).waitFor();
    await saved();
    expect(await page.getByText(/^Pågår sedan/).count()).toBe(1);
  });

  it('R-MEET-2: the calling order suggests a substitute for the absent member; the secretary chooses another', async () => {
    const seats = page.getByRole('table', { name: /Ledamöter och ersättare/ });
    expect(await seats.getByRole('row', { name: /Jenny Brännström/ }).getByText('Frånvarande').count()).toBe(1);
    await choose(page.getByLabel('För ledamot'), 'Jenny Brännström');
    await page.getByText(/Systemets förslag enligt inkallelseordningen: Johan Nyström/).waitFor();
    await choose(page.getByLabel('Ersättare', { exact: true }), 'Patrik Söderholm');
    await page.getByRole('button', { name: 'Låt ersättaren tjänstgöra' }).click();
    await page.getByText('Tjänstgör nu: Patrik Söderholm (M) (vald).').waitFor();
    expect(await seats.getByRole('row', { name: /Patrik Söderholm/ }).getByText('Tjänstgör för Jenny Brännström (vald)').count()).toBe(1);
    await page.locator('.conduct-events').getByText(/Patrik Söderholm \(M\) tjänstgör för Jenny Brännström .*från början/).waitFor();
    await checkA11y('attendance');
    await shoot('02-attendance');
  });

  it('R-MEET-3: a member declares jäv on the second item; the calling order puts a substitute in the seat', async () => {
    await page.getByRole('navigation', { name: 'Sammanträdets delar' }).getByRole('link', { name: 'Ärenden' }).click();
    const list = page.getByRole('navigation', { name: 'Ärenden' });
    await list.waitFor();
    await page.getByRole('button', { name: /Nästa/ }).click();
    await item().getByRole('heading', { level: 2 }).waitFor();
    await choose(item().getByLabel('Ledamot som anmäler jäv'), 'Elin Forsberg');
    await item().getByLabel('Anledning (valfri)').fill('Styrelseledamot i sökande förening');
    await item().getByRole('button', { name: 'Registrera jäv' }).click();
    await item().getByText('har anmält jäv och deltar inte.').waitFor();
    await item().getByText(/I platsen tjänstgör Johan Nyström/).waitFor();
    expect(await list.getByText('Jäv (1)').count()).toBe(1);
  });

  it('R-MEET-4/5: two proposals on the first item are put to an open roll-call vote with the tally shown live', async () => {
    await page.getByRole('button', { name: /Föregående/ }).click();
    const form = item();
    await form.getByLabel('Slag av yrkande').selectOption('approve');
    await choose(form.getByLabel('Yrkande ledamot'), 'Förslaget till beslut');
    await form.getByLabel('Yrkandet').fill('Bifall till förslaget till beslut');
    await form.getByRole('button', { name: 'Registrera yrkandet' }).click();
    await form.locator('.conduct-proposals li').first().waitFor();
    await form.getByLabel('Slag av yrkande').selectOption('reject');
    await choose(form.getByLabel('Yrkande ledamot'), 'Moa Selin');
    await form.getByLabel('Yrkandet').fill('Avslag på förslaget till beslut');
    await form.getByRole('button', { name: 'Registrera yrkandet' }).click();
    await form.getByText(/Bifall till förslaget till beslut mot Moa Selins \(MP\) yrkande om avslag\?/).first().waitFor();
    await checkA11y('item view');
    await form.getByRole('button', { name: 'Votering begärs' }).click();
    const rollCall = form.getByRole('group', { name: 'Namnupprop' });
    await rollCall.waitFor();
    const members = rollCall.getByRole('group');
    const count = await members.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      const member = members.nth(i);
      const name = (await member.locator('legend').innerText()).trim();
      await member.getByRole('radio', { name: name.startsWith('Moa Selin') ? 'Nej' : 'Ja' }).check();
    }
    await form.getByText('Ja 4 · Nej 1 · Avstår 0 · Saknas 0').waitFor();
    await checkA11y('vote table');
    await rollCall.scrollIntoViewIfNeeded();
    await shoot('03-vote');
    await form.getByRole('button', { name: 'Registrera omröstningen' }).click();
    await form.getByText(/öppen omröstning: 4 ja, 1 nej, 0 avstår/).waitFor();
    await form.getByText('Alla propositioner är ställda. Registrera beslutet.').waitFor();
  });

  it('the decision is recorded with its clauses, outcome and distribution', async () => {
    const form = item();
    const clauses = form.getByLabel(/^Beslutet \(att-satser\)/);
    await clauses.fill('bevilja ansökningarna enligt förslaget\natt ge förvaltningen i uppdrag att följa upp projekten');
    await form.getByRole('radio', { name: 'Beslut i organet' }).check();
    await form.getByRole('button', { name: 'Lägg till mottagare' }).click();
    await form.getByLabel('Namn 1').fill('Strategisk utveckling');
    await form.getByLabel('E-post 1').fill('strategi@umea.example');
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await form.getByRole('button', { name: 'Ändra beslutet' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Ärenden' }).getByText('Beslutat').count()).toBe(1);
    await saved();
    await checkA11y('item view (decided)');
    await shoot('04-decided');
  });

  it('a change made in another tab is not overwritten: the stale screen reloads and says so', async () => {
    await page.getByRole('button', { name: /Nästa/ }).click();
    await item().getByLabel('Slag av yrkande').waitFor();
    const other = await context.newPage();
    await other.goto(page.url());
    const otherItem = other.getByRole('article');
    await otherItem.getByLabel('Yrkandet').fill('Bifall till förslaget till beslut');
    await choose(otherItem.getByLabel('Yrkande ledamot'), 'Förslaget till beslut');
    await otherItem.getByRole('button', { name: 'Registrera yrkandet' }).click();
    await otherItem.locator('.conduct-proposals li').first().waitFor();
    await other.close();
    await choose(item().getByLabel('Yrkande ledamot'), 'Förslaget till beslut');
    await item().getByLabel('Yrkandet').fill('Bifall från den gamla fliken');
    await item().getByRole('button', { name: 'Registrera yrkandet' }).click();
    await page.getByText(/^Sammanträdet hade ändrats i en annan flik/).waitFor();
    expect(await item().locator('.conduct-proposals li').count()).toBe(1);
    await page.getByRole('button', { name: /Föregående/ }).click();
  });

  it('R-MEET-7: closing the meeting records the time; dissents are refused afterwards', async () => {
    await page.getByRole('navigation', { name: 'Sammanträdets delar' }).getByRole('link', { name: 'Avslutning' }).click();
    await page.getByText('2 ärenden saknar beslut:').waitFor();
    await page.getByRole('button', { name: 'Avsluta sammanträdet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Avsluta sammanträdet?' });
    await dialog.getByRole('button', { name: 'Avsluta sammanträdet' }).click();
    await page.getByText(/^Sammanträdet avslutades \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/).waitFor();
    await page.getByRole('navigation', { name: 'Sammanträdets delar' }).getByRole('link', { name: 'Ärenden' }).click();
    await item().getByText(/Sammanträdet är avslutat\. Reservationer och protokollsanteckningar kan inte längre anmälas/).waitFor();
    expect(await item().getByRole('button', { name: 'Registrera reservationen' }).count()).toBe(0);
    // A reload loses nothing: the decision and the closing come back from the server.
    await page.reload();
    await item().getByRole('button', { name: 'Ändra beslutet' }).waitFor();
    expect(await page.getByText(/^Avslutat /).count()).toBe(1);
  });

  it('has no serious or critical accessibility violations and no server errors', () => {
    if (findings.length) throw new Error(`axe-core found serious or critical violations:\n${formatFindings(findings)}`);
    expect(pageErrors).toEqual([]);
  });
});
