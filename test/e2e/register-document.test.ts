/**
 * The registrar's main path in a real browser against the real server with the demo municipality:
 * log in, register a document with a PDF in a new case, find the case by number and by title, and check
 * the pages with axe-core (no serious or critical violations).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, repoRoot, type RunningServer } from './support/server.ts';
import { makePdf } from './support/pdf.ts';
import { formatFindings, seriousViolations, type A11yFinding } from './support/axe.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = path.join(repoRoot, '.tmp/screenshots');
const suffix = crypto.randomBytes(3).toString('hex').toUpperCase();
const caseTitle = `Ansökan om strandskyddsdispens för brygga vid Tavelsjön ${suffix}`;
const fileName = 'ansokan-strandskydd.pdf';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const findings: A11yFinding[] = [];
const pageErrors: string[] = [];
let caseNumber = '';
let documentNumber = '';

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

async function checkA11y(label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) {
    findings.push({ page: label, violations });
    console.warn(`Accessibility violations on ${label}:\n${formatFindings([{ page: label, violations }])}`);
  }
}

function heading(name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** The case list has finished loading: its table, its empty message or an error is shown. */
async function caseListSettled(): Promise<void> {
  await heading('Ärenden').waitFor();
  await page
    .getByRole('table', { name: /^Ärenden/ })
    .or(page.locator('main .empty'))
    .or(page.locator('main [role="alert"]'))
    .first()
    .waitFor();
}

async function searchCases(query: string): Promise<void> {
  const form = page.getByRole('search', { name: 'Sök ärenden' });
  await form.getByLabel('Sök på diarienummer eller ärendemening').fill(query);
  await form.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  await caseListSettled();
}

async function openCaseFromList(): Promise<void> {
  const table = page.getByRole('table', { name: /^Ärenden/ });
  await table.waitFor();
  await table.getByRole('link', { name: caseNumber, exact: true }).click();
  await heading(new RegExp(caseNumber.replace(/[/]/g, '\\/'))).waitFor();
  expect(await heading(new RegExp(caseNumber.replace(/[/]/g, '\\/'))).textContent()).toContain(caseTitle);
}

describe('registering a document in the staff web app', () => {
  beforeAll(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true }); // axe-core is injected; the app's CSP allows only its own scripts
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
  });

  afterEach(async (ctx) => {
    // Keep what the browser showed when a step failed.
    if (ctx.task.result?.state === 'fail' && page) {
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await screenshot(`failed-${name}`).catch(() => undefined);
    }
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('shows the login page', async () => {
    await page.goto('/app/login');
    await heading('Logga in').waitFor();
    await screenshot('01-login');
    await checkA11y('login page (/app/login)');
  });

  it('logs in as registrator through the form', async () => {
    await page.getByLabel('Användarnamn').fill('registrator');
    await page.getByLabel('Lösenord').fill('demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/app/cases');
    await caseListSettled();
    await screenshot('02-case-list');
    await checkA11y('case list (/app/cases)');
  });

  it('lists the demo cases', async () => {
    const table = page.getByRole('table', { name: /^Ärenden/ });
    const alert = page.locator('main [role="alert"]');
    if (await alert.count()) throw new Error(`The case list shows an error: ${await alert.first().innerText()}`);
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('registers a document with a PDF in a new case', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Registrera handling' }).click();
    await heading('Registrera handling').waitFor();
    await screenshot('03-register-form');
    await checkA11y('register form (/app/register)');

    await page.getByRole('radio', { name: 'Ett nytt ärende' }).check();
    await page.getByLabel('Diarium').selectOption({ label: 'Kommunstyrelsens diarium (KS)' });
    await page.getByLabel(/^Ärendemening/).fill(caseTitle);
    await page.getByLabel(/^Offentlig ärendemening/).fill('Ansökan om strandskyddsdispens');

    await page.getByLabel('Typ av handling').selectOption({ label: 'Skrivelse/brev' });
    await page.getByRole('radio', { name: 'Inkommen' }).check();
    await page.getByLabel(/^Beskrivning/).fill('Ansökan om dispens från strandskyddet för en brygga.');
    await page.getByLabel(/^Offentlig beskrivning/).fill('Ansökan om strandskyddsdispens');
    await page.getByLabel('Namn', { exact: true }).fill('Elsa Lindqvist');
    await page.getByLabel('Organisation', { exact: true }).fill('Tavelsjö båtklubb');

    const pdf = await makePdf(['Ansökan om strandskyddsdispens', `Brygga vid Tavelsjön (${suffix})`, 'Elsa Lindqvist, Tavelsjö båtklubb']);
    await page.getByLabel('Fil att bifoga').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    await screenshot('04-register-form-filled');

    await page.getByRole('button', { name: 'Registrera handlingen' }).click();
    await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/);
    const notice = page.getByRole('main').getByText(/^Registrerad som .+\.$/);
    await notice.waitFor();
    const match = /^Registrerad som (.+)\.$/.exec((await notice.textContent()) ?? '');
    documentNumber = match?.[1] ?? '';
    expect(documentNumber).toMatch(/^KS-\d{4}\/\d{5}-1$/);
    caseNumber = documentNumber.replace(/-\d+$/, '');

    const title = heading(new RegExp(caseNumber.replace(/[/]/g, '\\/')));
    await title.waitFor();
    expect(await title.textContent()).toContain(caseTitle);
    const documents = page.getByRole('table', { name: /^Handlingar i ärendet/ });
    await documents.getByRole('rowheader', { name: documentNumber }).waitFor();
    const fileLink = documents.getByRole('link', { name: fileName });
    await fileLink.waitFor();
    // The stored file is the uploaded one, byte for byte.
    const download = await page.request.get((await fileLink.getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), pdf)).toBe(0);
    await screenshot('05-case-page');
    await checkA11y('case page (/app/cases/:id)');
  });

  it('finds the new case by number from the case list and opens it', async () => {
    expect(caseNumber).not.toBe('');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ärenden' }).click();
    await caseListSettled();
    await searchCases(caseNumber);
    await screenshot('06-search-by-number');
    await openCaseFromList();
  });

  it('finds the new case by title from the case list and opens it', async () => {
    expect(caseNumber).not.toBe('');
    await page.getByRole('link', { name: 'Tillbaka till ärendelistan' }).click();
    await caseListSettled();
    await searchCases(caseTitle);
    await screenshot('07-search-by-title');
    await openCaseFromList();
  });

  it('has no serious or critical accessibility violations', () => {
    if (findings.length) throw new Error(`axe-core found serious or critical violations:\n${formatFindings(findings)}`);
  });

  it('meets no server errors and no uncaught exceptions in the page', () => {
    if (pageErrors.length) {
      throw new Error(`${pageErrors.join('\n')}\n--- server output (tail) ---\n${server.output().slice(-4_000)}`);
    }
  });
});
