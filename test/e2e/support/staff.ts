/**
 * A staff member signed in to the staff app in Chromium, against its own demo server: the page, the axe-core
 * findings collected by `checkA11y`, and page errors (uncaught exceptions, 5xx answers) for the test to assert on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, repoRoot, type RunningServer } from './server.ts';
import { seriousViolations, type A11yFinding } from './axe.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];
export const screenshotDir = path.join(repoRoot, '.tmp/screenshots');

export interface StaffBrowser {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  findings: A11yFinding[];
  pageErrors: string[];
  /** Runs axe-core on the page as it is; serious and critical violations are kept under `label`. */
  checkA11y(label: string): Promise<void>;
  close(): Promise<void>;
}

/** Signs in on the staff app's login page (the page's context must have the server as its base URL). */
export async function signIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/app/login');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

export async function openStaffBrowser(username: string, password = 'demo'): Promise<StaffBrowser> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // axe-core is injected into the page, hence bypassCSP.
  const context = await browser.newContext({ baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const findings: A11yFinding[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 500) pageErrors.push(`${response.status()} ${response.url()}`); });
  await signIn(page, username, password);
  return {
    server, browser, context, page, findings, pageErrors,
    async checkA11y(label) {
      const violations = await seriousViolations(page);
      if (violations.length) findings.push({ page: label, violations });
    },
    async close() {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}
