/**
 * Adjusting minutes in a real browser against the real server with the demo municipality. A short KSNAU meeting
 * with two cases is planned, called, conducted and closed through the API; then the secretary draws up the
 * minutes and sends them for signing, the chair and the adjuster (each in a browser of their own) re-enter
 * their password and sign, and the public board shows the announcement with its last day to appeal
 * (R-JUST-1, R-BOARD-2, R-APPEAL-1). The minutes page, the signing page and the public posting are checked
 * with axe-core (no serious or critical violations).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, repoRoot, type RunningServer } from './support/server.ts';
import { api, login, type ApiSession } from './support/api.ts';
import { formatFindings, seriousViolations, type A11yFinding } from './support/axe.ts';
import { lastAppealDay } from '../../src/domain/appeal.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = path.join(repoRoot, '.tmp/screenshots');
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const ORGAN = 'Kommunstyrelsens näringslivs- och arbetsutskott';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const findings: A11yFinding[] = [];
const pageErrors: string[] = [];
let meetingId = '';

interface Conduct { conduct: { version: number } | null; items: { id: string }[] }

/** Plans, calls, conducts and closes a KSNAU meeting of today with two new cases, as the secretary would. */
async function conductedMeeting(): Promise<string> {
  const registrar = await login(server.url, 'registrator', 'demo');
  const secretary = await login(server.url, 'sekreterare', 'demo');
  const registry = (await api<{ items: { id: string; code: string }[] }>(registrar, 'GET', '/registries')).items.find((r) => r.code === 'KS')!;
  const organ = (await api<{ items: { id: string; code: string }[] }>(secretary, 'GET', '/organs')).items.find((o) => o.code === 'KSNAU')!;
  const people = (await api<{ items: { id: string; givenName: string; familyName: string }[] }>(secretary, 'GET', '/people')).items;
  const person = (name: string) => people.find((p) => `${p.givenName} ${p.familyName}` === name)!.id;
  const titles = ['Medfinansiering av projektet Hållbar besöksnäring i Umeåregionen', 'Bidrag till Umeå Pride'];
  const cases = [];
  for (const title of titles) cases.push(await api<{ id: string }>(registrar, 'POST', '/cases', { registryId: registry.id, title, organId: organ.id }));

  const meeting = await api<{ id: string }>(secretary, 'POST', '/meetings', { organId: organ.id, date: today, startTime: '08:30', place: 'Kommunstyrelsens sammanträdesrum' });
  for (const c of cases) await api(secretary, 'POST', `/meetings/${meeting.id}/items`, { caseId: c.id });
  await api(secretary, 'POST', `/meetings/${meeting.id}/notice`);
  const members = ['Mikael Holmberg', 'Magnus Edström', 'Elin Forsberg', 'Moa Selin', 'Jenny Brännström'].map(person);
  let view = await api<Conduct>(secretary, 'POST', `/meetings/${meeting.id}/conduct`, {
    present: members, adjusterPersonIds: [person('Jenny Brännström')], secretaryName: 'Ingrid Norlén',
    adjustmentPlace: 'Stadshuset, Umeå', adjustmentDate: today, adjustmentTime: '16:00',
  });
  const clauses = [['bevilja 150 000 kr ur kommunstyrelsens anslag för tillväxt'], ['bevilja föreningen 40 000 kr']];
  for (const [i, item] of view.items.entries()) {
    view = await api<Conduct>(secretary, 'PUT', `/meetings/${meeting.id}/conduct/items/${item.id}/decision`, {
      version: view.conduct!.version, clauses: clauses[i], outcome: 'final', distribution: [{ name: 'Sökanden', email: 'sokande@example.se' }],
    });
  }
  await api(secretary, 'POST', `/meetings/${meeting.id}/conduct/close`, { version: view.conduct!.version });
  return meeting.id;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('response', (response) => { if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`); });
  return page;
}

/** Opens a staff page; the app asks for a login first and then returns to it. */
async function openAs(page: Page, username: string, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill('demo');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`**${url}`);
}

async function checkA11y(page: Page, label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) findings.push({ page: label, violations });
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

/** The chair or the adjuster opens the signing page in a browser of their own and signs with the password. */
async function signAs(username: string, expected: RegExp, screenshot: string): Promise<void> {
  const page = await newPage();
  await openAs(page, username, `/app/meetings/${meetingId}/minutes/sign`);
  await page.getByRole('heading', { level: 1, name: `Justera protokoll ${ORGAN} ${today}` }).waitFor();
  await page.getByText(/^Kontrollsumman för den PDF du läser: [0-9a-f]{64}$/).waitFor();
  const password = page.getByLabel('Ditt lösenord');
  await password.waitFor();
  await checkA11y(page, `/app/meetings/:id/minutes/sign (${username})`);
  await password.fill('demo');
  // Scroll to the button first, as a reader does: the inline PDF viewer runs in a process of its own, and a
  // click sent while the page is still scrolling can land in it instead of on the button.
  const submit = page.getByRole('button', { name: 'Justera protokollet' });
  await submit.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await submit.click();
  try {
    await page.getByText(expected).first().waitFor();
  } finally {
    await shot(page, screenshot);
  }
}

describe('adjusting the minutes', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    server = await startServer();
    meetingId = await conductedMeeting();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('R-MIN-2: the secretary draws up the minutes and sends them for signing', async () => {
    const page = await newPage();
    await openAs(page, 'sekreterare', `/app/meetings/${meetingId}/minutes`);
    await page.getByRole('heading', { level: 1, name: `Protokoll ${ORGAN} ${today}` }).waitFor();
    await page.getByRole('button', { name: 'Upprätta protokoll' }).click();
    await page.getByText('Version 1 av protokollet är upprättad.').first().waitFor();
    await checkA11y(page, '/app/meetings/:id/minutes');
    await shot(page, 'adjustment-01-drawn-up');
    await page.getByRole('button', { name: 'Skicka för justering' }).click();
    await page.getByText('Protokollet är skickat för justering.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Skicka för justering' }).count()).toBe(0);
    await shot(page, 'adjustment-02-sent');
    await checkA11y(page, '/app/meetings/:id/minutes (sent)');
  });

  it('R-JUST-1: the chair signs with the password; the minutes wait for the adjuster', async () => {
    await signAs('ordforande', /^Du har justerat protokollet\.$/, 'adjustment-03-chair-signed');
    const session = await login(server.url, 'sekreterare', 'demo');
    const minutes = await api<{ state: string; pending: string[] }>(session, 'GET', `/meetings/${meetingId}/minutes`);
    expect(minutes).toMatchObject({ state: 'signing', pending: ['Jenny Brännström'] });
  });

  it('R-JUST-1: the adjuster signs last; the minutes are adjusted and announced', async () => {
    await signAs('justerare', /^Protokollet är justerat\.$/, 'adjustment-04-adjusted');
    const session: ApiSession = await login(server.url, 'sekreterare', 'demo');
    const minutes = await api<{ state: string; posting: { postedOn: string; lastAppealDay: string } | null }>(session, 'GET', `/meetings/${meetingId}/minutes`);
    expect(minutes.state).toBe('adjusted');
    expect(minutes.posting).toMatchObject({ postedOn: today, lastAppealDay: lastAppealDay(today) });
  });

  it('R-BOARD-2, R-APPEAL-1: the public board shows the announcement with its last day to appeal, without logging in', async () => {
    const page = await newPage();
    await page.goto('/anslagstavla');
    await page.getByRole('heading', { level: 1, name: 'Anslagstavla' }).waitFor();
    const title = `Protokoll från ${ORGAN} ${today}`;
    const posting = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
    expect(await posting.count()).toBe(1);
    const appeal = posting.locator('dt', { hasText: 'Sista dag för överklagande' }).locator('xpath=following-sibling::dd[1]');
    expect((await appeal.innerText()).trim()).toContain(lastAppealDay(today));
    await shot(page, 'adjustment-05-board');
    await posting.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText(lastAppealDay(today)).count()).toBeGreaterThan(0);
    await checkA11y(page, '/anslagstavla/:id (adjusted minutes)');
    await shot(page, 'adjustment-06-posting');
  });

  it('has no serious or critical accessibility violations and no server errors', () => {
    if (findings.length) throw new Error(`axe-core found serious or critical violations:\n${formatFindings(findings)}`);
    expect(pageErrors).toEqual([]);
  });
});
