/**
 * The risk analysis register in Chromium against the real server with the demo municipality, as the finance
 * office uses it: from the registers hub to Kommunstyrelsen's 2024 analysis, the heat map (an image with a text
 * alternative and a table fallback), a risk added in the dialog after Swedish errors next to the fields, the
 * heat map following it, a T1 comment saved and kept after a reload, the document registered in a case, the
 * scales' labels changed in their dialog, and 2025 started from 2024 (a second copy refused).
 * axe-core finds no serious or critical violation at any step; headings never skip a level.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatFindings } from './support/axe.ts';
import { openStaffBrowser, screenshotDir, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;
let page: Page;
const checkA11y = (label: string): Promise<void> => staff.checkA11y(label);

async function expectOrderedHeadings(): Promise<void> {
  const levels = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => { if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1); });
}

describe('the risk analysis register', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('ekonomi');
    page = staff.page;
  });

  afterAll(async () => {
    await staff?.close();
  });

  it('leads from the registers hub to the analyses per organ and year', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    await page.getByRole('link', { name: 'Riskanalys och internkontroll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskanalys och internkontroll' }).waitFor();
    const row = page.getByRole('row', { name: /Riskanalys Kommunstyrelsen 2024/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['2024', '2023-11-05', '15']);
    await expectOrderedHeadings();
    await checkA11y('analyses');
  });

  it('shows the heat map as an image with a text alternative, and as a table', async () => {
    await page.getByRole('link', { name: 'Riskanalys Kommunstyrelsen 2024' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskanalys Kommunstyrelsen 2024' }).waitFor();
    const matrix = page.getByRole('img', { name: /Riskmatris Kommunstyrelsen 2024/ });
    expect(await matrix.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await matrix.locator('desc').textContent()).toContain('Minimera risk (12–16): R4 (Sannolik × Allvarlig = 16)');
    await page.getByText('Visa riskmatrisen som tabell').click();
    const table = page.getByRole('table', { name: /Riskmatris Kommunstyrelsen 2024/ });
    expect(await table.getByRole('row', { name: /^Sannolik \(4\)/ }).getByRole('cell').last().innerText()).toBe('16 Minimera risk: R4');
    const r13 = page.getByRole('table', { name: 'Riskanalys Kommunstyrelsen 2024' }).getByRole('row', { name: /^R13 / });
    expect(await r13.getByRole('cell').nth(4).innerText()).toBe('9');
    expect(await r13.getByRole('cell').nth(5).innerText()).toBe('Reducera risk');
    await expectOrderedHeadings();
    await checkA11y('analysis');
    await page.screenshot({ path: path.join(screenshotDir, 'risks-analysis.png'), fullPage: false });
  });

  it('adds a risk: errors next to the fields first, then the table and the heat map follow', async () => {
    await page.getByRole('button', { name: 'Lägg till risk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till risk' });
    await dialog.getByLabel(/^Kontrollområde/).fill('God ekonomisk hushållning');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Det finns fel i formuläret').waitFor();
    expect(await dialog.locator('#f-description-error').innerText()).toBe('måste fyllas i');
    expect(await dialog.locator('#f-probability-error').innerText()).toBe('måste vara ett heltal 1–4');
    expect(await dialog.locator('#f-consequence-error').innerText()).toBe('måste vara ett heltal 1–4');
    await checkA11y('risk dialog with errors');
    await dialog.getByLabel(/^Identifierad risk/).fill('Risk för att bidragsmedel betalas ut utan beslut.');
    await dialog.getByLabel(/^Sannolikhet/).selectOption({ label: 'Mindre sannolik (2)' });
    await dialog.getByLabel(/^Konsekvens/).selectOption({ label: 'Lindrig (2)' });
    expect(await dialog.getByLabel(/^Nr/).inputValue()).toBe('R16');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: 'Riskanalys Kommunstyrelsen 2024' }).getByRole('row', { name: /^R16 / });
    expect(await row.getByRole('cell').nth(4).innerText()).toBe('4');
    expect(await row.getByRole('cell').nth(5).innerText()).toBe('Reducera risk');
    expect(await page.getByRole('img', { name: /Riskmatris/ }).locator('desc').textContent()).toContain('R16 (Mindre sannolik × Lindrig = 4)');
    // A reduce risk without a control is flagged for the control plan.
    await page.getByText('R16 (Reducera risk) saknar kontrollmoment i internkontrollplanen').waitFor();
    await checkA11y('risk added');
  });

  it('keeps a T1 comment and who wrote it', async () => {
    const comment = page.getByLabel(/^R8 – Befintliga riktlinjer/);
    expect(await comment.inputValue()).toBe('Reviderade riktlinjer för styrande dokument fastställdes av KS 16 jan 2024.');
    await comment.fill('Reviderade riktlinjer för styrande dokument fastställdes av KS 16 jan 2024. Tillställda KF i april.');
    await page.getByRole('button', { name: 'Spara kommentar för R8' }).click();
    await page.getByText(/Senast sparad av Helena Forsgren \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).first().waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Uppföljning per tertial' }).waitFor();
    expect(await page.getByLabel(/^R8 – Befintliga riktlinjer/).inputValue()).toContain('Tillställda KF i april.');
    await checkA11y('follow-up');
  });

  it('registers the document in the chosen case', async () => {
    const search = page.getByRole('combobox', { name: /^Sök ärende på diarienummer/ });
    await search.fill('KS-2024/00482');
    await page.getByRole('option', { name: /KS-2024\/00482/ }).click();
    await page.getByText('Valt ärende').waitFor();
    await page.getByRole('button', { name: 'Registrera i ärendet' }).click();
    const notice = page.getByText(/Handlingen KS-2024\/00482-\d+ är registrerad\./).first();
    await notice.waitFor();
    await checkA11y('document registered');
    await page.screenshot({ path: path.join(screenshotDir, 'risks-document.png'), fullPage: false });
  });

  it('changes the scales\' labels in their dialog: an empty label named next to its field, then the heat map follows', async () => {
    const open = page.getByRole('button', { name: 'Ändra benämningar och definitioner' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Benämningar och definitioner' });
    const probability = dialog.getByRole('group', { name: 'Sannolikhet' });
    expect(await probability.getByLabel(/^Steg 4 – benämning/).inputValue()).toBe('Sannolik');
    await probability.getByLabel(/^Steg 4 – benämning/).fill('Mycket sannolik');
    await probability.getByLabel(/^Steg 4 – definition/).fill('det är nästan säkert att situation/avvikelse/fel uppstår');
    await dialog.getByRole('group', { name: 'Konsekvens' }).getByLabel(/^Steg 2 – benämning/).fill('');
    await dialog.getByRole('button', { name: 'Spara benämningarna' }).click();
    await dialog.getByText('Det finns fel i formuläret').waitFor();
    expect(await dialog.locator('#f-consequenceScale-1-label-error').innerText()).toBe('måste fyllas i');
    expect(await dialog.getByRole('link', { name: /^Konsekvens, steg 2 – benämning: måste fyllas i/ }).count()).toBe(1);
    await checkA11y('scales dialog with an error');
    await dialog.getByRole('group', { name: 'Konsekvens' }).getByLabel(/^Steg 2 – benämning/).fill('Lindrig');
    await dialog.getByRole('button', { name: 'Spara benämningarna' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-scales');
    expect(await page.getByRole('img', { name: /Riskmatris/ }).locator('desc').textContent()).toContain('R4 (Mycket sannolik × Allvarlig = 16)');
    expect(await page.getByRole('table', { name: /^Sannolikhet och konsekvens 1–4/ }).innerText()).toContain('det är nästan säkert att situation/avvikelse/fel uppstår');
    await checkA11y('scales changed');
  });

  it('starts 2025 from 2024: the same risks and control plan without the comments; a second copy is refused', async () => {
    const from = page.url();
    await page.getByRole('button', { name: 'Kopiera till 2025' }).click();
    const dialog = page.getByRole('dialog', { name: 'Starta riskanalys 2025 från 2024' });
    await dialog.getByLabel(/^Upprättad/).fill('2024-11-04');
    await checkA11y('copy dialog');
    await dialog.getByRole('button', { name: 'Kopiera till 2025' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskanalys Kommunstyrelsen 2025' }).waitFor();
    expect(page.url()).not.toBe(from);
    await page.getByText('Upprättad: 2024-11-04 · 16 risker').waitFor();
    const r4 = page.getByRole('table', { name: 'Riskanalys Kommunstyrelsen 2025' }).getByRole('row', { name: /^R4 / });
    expect(await r4.getByRole('cell').nth(4).innerText()).toBe('16');
    expect(await page.getByRole('img', { name: /Riskmatris Kommunstyrelsen 2025/ }).locator('desc').textContent()).toContain('R4 (Mycket sannolik × Allvarlig = 16)');
    expect(await page.getByRole('table', { name: 'Internkontrollplan Kommunstyrelsen 2025' }).innerText()).toContain('T1, T2, T3');
    expect(await page.getByLabel(/^R8 – Befintliga riktlinjer/).inputValue()).toBe('');
    await expectOrderedHeadings();
    await checkA11y('copied analysis');
    await page.screenshot({ path: path.join(screenshotDir, 'risks-copied.png'), fullPage: false });

    await page.getByRole('link', { name: 'Riskanalys och internkontroll' }).first().click();
    await page.getByRole('link', { name: 'Riskanalys Kommunstyrelsen 2024' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riskanalys Kommunstyrelsen 2024' }).waitFor();
    await page.getByRole('button', { name: 'Kopiera till 2025' }).click();
    const again = page.getByRole('dialog', { name: 'Starta riskanalys 2025 från 2024' });
    await again.getByRole('button', { name: 'Kopiera till 2025' }).click();
    await again.getByText(/KS har redan en riskanalys för 2025/).waitFor();
    await checkA11y('copy refused');
    await again.getByRole('button', { name: 'Avbryt' }).click();
    await again.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('copy-analysis');
  });

  it('no serious or critical accessibility violations and no server errors', () => {
    expect(formatFindings(staff.findings)).toBe('');
    expect(staff.pageErrors).toEqual([]);
  });
});
