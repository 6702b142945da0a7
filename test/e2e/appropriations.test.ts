/**
 * The appropriations register in a real browser against the demo server: the list, the growth appropriation
 * with its remaining funds as of 2024-04-29 (§ 181/24), the bars picture with its text alternative, a commitment
 * refused for exceeding the funds and then accepted with a reason, and the report editor's "Kvarvarande medel"
 * table — every screen checked with axe-core (no serious or critical violations).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, login } from './support/api.ts';
import { formatFindings } from './support/axe.ts';
import { openStaffBrowser, screenshotDir, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;
let page: Page;
const checkA11y = (label: string): Promise<void> => staff.checkA11y(label);

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the appropriations register in the staff web app', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('strateg');
    page = staff.page;
  }, 180_000);

  afterAll(async () => {
    await staff?.close();
  });

  it('lists the appropriations per organ', async () => {
    await page.goto('/app/registers/appropriations/');
    await heading('Anslag').waitFor();
    await page.getByRole('link', { name: 'Utvecklingsanslag klimatneutralitet' }).waitFor();
    await checkA11y('appropriation list');
  });

  it('shows the growth appropriation as of 2024-04-29 with the picture and its table', async () => {
    await page.getByRole('link', { name: 'Kommunstyrelsens anslag för tillväxt' }).click();
    await heading('Kommunstyrelsens anslag för tillväxt').waitFor();
    await page.getByLabel('Per datum').fill('2024-04-29');
    const table = page.getByRole('table', { name: /per 2024-04-29/ });
    await table.waitFor();
    expect((await table.getByRole('row', { name: /^2024/ }).innerText()).split(/\s*\t\s*|\n/).filter(Boolean).slice(0, 4)).toEqual(['2024', '12 000,0', '10 501,8', '1 498,2']);
    expect(await page.getByRole('img', { name: /Användning av Kommunstyrelsens anslag för tillväxt per år/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Åtaganden', exact: true }).innerText()).toContain('Cirkulära Västerbotten');
    await page.screenshot({ path: path.join(screenshotDir, 'appropriation.png'), fullPage: true });
    await checkA11y('appropriation page');
  });

  it('refuses a commitment beyond the funds, then accepts it with a reason', async () => {
    await page.goto('/app/registers/appropriations/');
    await page.getByRole('link', { name: 'Utvecklingsanslag klimatneutralitet' }).click();
    await heading('Utvecklingsanslag klimatneutralitet').waitFor();
    await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till åtagande' });
    await dialog.getByLabel('Mottagare').fill('Klimatkontrakt för Umeå');
    await dialog.getByLabel('Beslutsdatum').fill('2024-05-20');
    await dialog.getByLabel('2025').fill('2 600 000');
    expect(await dialog.getByLabel('Skäl att ändå ta medlen i anspråk').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText(/överskrider kvarvarande medel 2025 med [\d ]+ kr/).first().waitFor();
    await checkA11y('commitment dialog with an error');
    await dialog.getByLabel('Skäl att ändå ta medlen i anspråk').fill('Kommunstyrelsen tillför medel i budget 2025');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: 'Åtaganden', exact: true }).getByRole('row', { name: /Klimatkontrakt för Umeå/ });
    expect(await row.innerText()).toContain('Överskrider medlen: Kommunstyrelsen tillför medel i budget 2025');
    expect(await page.getByRole('table', { name: /Belopp, beslutade åtaganden/ }).getByRole('row', { name: /^2025/ }).innerText()).toMatch(/\t-\d/);
  });

  it('adds a "Kvarvarande medel" table in the report editor', async () => {
    const session = await login(staff.server.url, 'strateg', 'demo');
    const cases = await api<{ items: { id: string; number: string }[] }>(session, 'GET', '/cases?q=KS-2024%2F00361');
    const organs = await api<{ items: { id: string; code: string }[] }>(session, 'GET', '/organs');
    const report = await api<{ id: string }>(session, 'POST', '/reports', { caseId: cases.items.find((c) => c.number === 'KS-2024/00361')!.id, organId: organs.items.find((o) => o.code === 'KSNAU')!.id });
    await page.goto(`/app/reports/${report.id}`);
    await page.getByRole('button', { name: 'Lägg till tabell "Kvarvarande medel"' }).click();
    await page.getByRole('combobox', { name: /^Anslag/ }).selectOption({ label: 'Kommunstyrelsens anslag för tillväxt (KS)' });
    expect(await page.locator('input[name="registerTables.0.title"]').inputValue()).toBe('Kvarvarande medel i kommunstyrelsens anslag för tillväxt');
    expect(await page.locator('input[name="registerTables.0.years"]').inputValue()).toBe('2024, 2025, 2026, 2027');
    await page.locator('.register-tables').screenshot({ path: path.join(screenshotDir, 'report-register-table.png') });
    await checkA11y('report editor with a register table');
  });

  it('has no serious accessibility violations and no page errors', () => {
    expect(formatFindings(staff.findings), formatFindings(staff.findings)).toBe('');
    expect(staff.pageErrors).toEqual([]);
  });
});
