/**
 * The finance office's path through the financial follow-up in a real browser against the demo server: the list,
 * the KS follow-up January–April 2024 with the reference's tables and the deviation picture, a refused import
 * with its per-row report, a new follow-up filled from the template, and its report registered in a case, the staff
 * key figures edited on screen (errors next to the fields, a stale version refused) —
 * every screen checked with axe-core (no serious or critical violations).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatFindings } from './support/axe.ts';
import { openStaffBrowser, screenshotDir, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;
let page: Page;
const checkA11y = (label: string): Promise<void> => staff.checkA11y(label);

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the financial follow-up in the staff web app', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('ekonomi');
    page = staff.page;
  }, 180_000);

  afterAll(async () => {
    await staff?.close();
  });

  it('lists the follow-ups', async () => {
    await page.goto('/app/registers/finance/');
    await heading('Ekonomisk uppföljning').waitFor();
    await page.getByRole('link', { name: 'Kommunstyrelsens rapport till KS, januari–april 2024' }).waitFor();
    await checkA11y('follow-up list');
  });

  it('shows the reference tables, the picture with its text alternative and the key figures by sex', async () => {
    await page.getByRole('link', { name: 'Kommunstyrelsens rapport till KS, januari–april 2024' }).click();
    await heading('Kommunstyrelsens rapport till KS, januari–april 2024').waitFor();
    const operating = page.getByRole('table', { name: /Driftredovisning jan-apr 2024/ });
    await operating.waitFor();
    const net = operating.getByRole('row', { name: /Verksamhetens nettokostnad/ });
    expect((await net.innerText()).split(/\s*\t\s*|\n/).filter(Boolean)).toEqual(['Verksamhetens nettokostnad', '-597,7', '-588,7', '8,9', '-74,9', '-1 297,7', '-1 271,6', '26,0']);
    expect(await operating.innerText()).toContain('-1 641,3');
    expect(await page.getByRole('table', { name: /Investeringar/ }).innerText()).toContain('92,2');
    const picture = page.getByRole('img', { name: /Budgetavvikelse jan-apr 2024 per rad/ });
    expect(await picture.count()).toBe(1);
    await page.locator('summary', { hasText: 'Budgetavvikelse per rad som tabell' }).click();
    expect(await page.getByRole('table', { name: 'Budgetavvikelse per rad som tabell' }).innerText()).toContain('-38,5');
    expect(await page.getByRole('table', { name: 'Resultatmått per kön' }).innerText()).toMatch(/5,5\s+2,2\s+4,4\s+5,9\s+1,4\s+4,4/);
    await page.screenshot({ path: path.join(screenshotDir, 'finance-follow-up.png'), fullPage: true });
    await checkA11y('follow-up page');
  });

  it('refuses a file with a bad amount and names row and column', async () => {
    const csv = 'Rad;Budget;Utfall;Budget helår;Prognos helår;Jämförelse\nVerksamhetens intäkter;1;2;3;4;5\nVerksamhetens kostnader;-1;abc;-3;-4;-5\n';
    await page.getByLabel('Fil att importera').setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const report = page.getByRole('group', { name: /Filen importerades inte/ });
    await report.waitFor();
    expect(await report.innerText()).toContain('Rad 3, kolumn Utfall: "abc" är inte ett belopp');
    await checkA11y('follow-up page with an import error report');
  });

  it('creates a follow-up, fills it from the template and registers its report in a case', async () => {
    await page.getByRole('link', { name: 'Alla uppföljningar' }).click();
    await heading('Ekonomisk uppföljning').waitFor();
    await page.getByLabel(/^Organ \(obligatoriskt\)/).selectOption({ label: 'Kommunstyrelsen' });
    await page.getByLabel(/^Tertial/).selectOption('T2');
    await page.getByRole('button', { name: 'Skapa uppföljning' }).click();
    await heading(/Kommunstyrelsens rapport, januari–augusti/).waitFor();
    const template = await (await page.request.get('/api/v1/follow-ups/import-template.csv')).body();
    await page.getByLabel('Fil att importera').setInputFiles({ name: 'mall.csv', mimeType: 'text/csv', buffer: template });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.locator('p.alert-success', { hasText: '3 rader med 15 belopp importerades.' }).waitFor();
    expect(await page.getByRole('table', { name: /Driftredovisning/ }).innerText()).toContain('-1 297,6');
    await page.getByLabel('Ekonomirapport', { exact: true }).fill('Prognosen är oförändrad.');
    await page.getByRole('button', { name: 'Spara texterna' }).click();
    await page.getByText('Texterna har sparats.').first().waitFor();
    await page.getByLabel(/^Diarienummer/).fill('KS-2024/00482');
    await page.getByRole('button', { name: 'Skapa och registrera rapporten' }).click();
    const done = page.getByRole('status').filter({ hasText: /Rapporten registrerades som KS-2024\/00482-\d+/ });
    await done.waitFor({ timeout: 60_000 });
    await checkA11y('new follow-up after import and registration');
  });

  it('edits the staff key figures on screen: Swedish numbers, errors next to the fields, a stale version refused', async () => {
    await page.goto('/app/registers/finance/');
    await page.getByRole('link', { name: 'Kommunstyrelsens rapport till KS, januari–april 2024' }).click();
    await heading('Kommunstyrelsens rapport till KS, januari–april 2024').waitFor();
    const toggle = page.getByRole('button', { name: 'Ändra resultatmåtten' });
    await toggle.click();
    const editor = page.getByRole('form', { name: 'Ändra resultatmåtten' });
    await editor.waitFor();
    expect(await page.locator('#f-items-0-women').inputValue()).toBe('5,5');
    expect(await page.locator('#f-items-1-previousTotal').inputValue()).toBe('72');
    const firstCurrent = editor.getByRole('group', { name: 'Resultatmått 1' }).getByRole('group', { name: 'Utfall jan-apr 2024' });
    expect(await firstCurrent.getByLabel('Kvinnor').inputValue()).toBe('5,5');
    await checkA11y('key figure editor');

    await page.locator('#f-items-0-women').fill('5,x');
    await page.locator('#f-items-1-men').fill('90,5');
    await editor.getByRole('button', { name: 'Spara resultatmåtten' }).click();
    await editor.getByText('Det finns fel i formuläret').waitFor();
    expect(await page.locator('#f-items-0-women-error').innerText()).toBe('"5,x" är inte ett tal (skriv t.ex. 5,5 eller 77)');
    expect(await page.locator('#f-items-1-men-error').innerText()).toBe('måttet skrivs utan decimaler');
    expect(await page.locator('#f-items-1-men').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join(screenshotDir, 'finance-kpi-editor-errors.png'), fullPage: true });
    await checkA11y('key figure editor with errors');

    await page.locator('#f-items-0-women').fill('5,1');
    await page.locator('#f-items-1-men').fill('91');
    await editor.getByRole('button', { name: 'Lägg till resultatmått' }).click();
    await page.locator('#f-items-3-measure').fill('Antal tillsvidareanställda');
    await page.locator('#f-items-3-total').fill('1 234');
    await editor.getByRole('button', { name: 'Flytta upp Antal tillsvidareanställda' }).click();
    expect(await page.locator('#f-items-2-measure').inputValue()).toBe('Antal tillsvidareanställda');
    await editor.getByRole('button', { name: 'Spara resultatmåtten' }).click();
    await editor.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Resultatmått per kön' });
    expect(await table.innerText()).toMatch(/5,1\s+2,2\s+4,4\s+5,9\s+1,4\s+4,4/);
    expect(await table.getByRole('row').nth(4).innerText()).toMatch(/^Antal tillsvidareanställda\s+1 234/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finance-kpi-edit');

    // Someone else saves while the editor is open: saving answers 409 and the stored figures can be read in again.
    await toggle.click();
    await page.evaluate(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json() as { csrfToken: string };
      const list = await (await fetch('/api/v1/follow-ups')).json() as { items: { id: string; title: string }[] };
      const id = list.items.find((i) => i.title === 'Kommunstyrelsens rapport till KS, januari–april 2024')!.id;
      const current = await (await fetch(`/api/v1/follow-ups/${id}`)).json() as { version: number };
      const res = await fetch(`/api/v1/follow-ups/${id}/staff-kpis`, {
        method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: current.version, items: [{ measure: 'Sjukfrånvaro (%)', decimals: 1, women: '6,0', men: '2,0', total: '4,5' }] }),
      });
      if (res.status !== 200) throw new Error(`PUT answered ${res.status}`);
    });
    await page.locator('#f-items-0-men').fill('2,3');
    await editor.getByRole('button', { name: 'Spara resultatmåtten' }).click();
    await editor.getByText(/Uppföljningen har ändrats av någon annan/).waitFor();
    await checkA11y('key figure editor after a conflict');
    await editor.getByRole('button', { name: 'Läs in de sparade resultatmåtten igen' }).click();
    await page.locator('#f-items-1-measure').waitFor({ state: 'detached' });
    expect(await page.locator('#f-items-0-measure').inputValue()).toBe('Sjukfrånvaro (%)');
    expect(await page.locator('#f-items-0-women').inputValue()).toBe('6,0');
    expect(await editor.getByText(/Uppföljningen har ändrats av någon annan/).count()).toBe(0);
    await editor.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finance-kpi-edit');
    expect(await page.getByRole('table', { name: 'Resultatmått per kön' }).innerText()).toMatch(/Sjukfrånvaro \(%\)\s+6,0\s+2,0\s+4,5/);
  });

  it('has no serious accessibility violations and no server errors', () => {
    expect(staff.pageErrors).toEqual([]);
    expect(staff.findings, formatFindings(staff.findings)).toEqual([]);
  });
});
