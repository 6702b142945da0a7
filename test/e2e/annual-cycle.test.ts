/**
 * The annual cycle's staff screen in a real browser on the demo: the year 2025 month by month with the reference
 * dates, the wheel as an image with a text alternative, a new deadline entered through the form (a wrong date
 * named next to its field first), changed in the form that reads only that deadline, and deleted; focus back at
 * the opening control after the copy and delete dialogs; "Nytt datum" and "Kopiera" styled alike; and axe-core
 * on the year view, the forms and the dialogs (no serious or critical violations).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatFindings } from './support/axe.ts';
import { openStaffBrowser, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;
let page: Page;
const checkA11y = (label: string): Promise<void> => staff.checkA11y(label);

const headingLevels = () => page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main h4')].map((h) => Number(h.tagName.slice(1))));

describe('the annual cycle screen', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('ekonomi');
    page = staff.page;
  });

  afterAll(async () => {
    await staff?.close();
  });

  it('shows 2025 month by month with the reference dates, and the wheel with a text alternative', async () => {
    await page.goto('/app/registers/annual-cycle?year=2025');
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2025' }).waitFor();
    const march = page.getByRole('table', { name: 'Viktiga datum i mars 2025' });
    await march.getByRole('rowheader', { name: '31 mar – 8 apr' }).first().waitFor();
    await expect(march.getByRole('rowheader', { name: '31 mar – 8 apr' }).count()).resolves.toBe(2);
    const wheel = page.getByRole('img', { name: 'Årshjul 2025 - Umeå kommunfullmäktige' });
    await expect(wheel.getAttribute('aria-labelledby')).resolves.toBe('annual-wheel-title annual-wheel-desc');
    await expect(page.locator('#annual-wheel-desc').textContent()).resolves.toContain('30 numrerade datum'); // 34 rows; the same day and text for several audiences is one number
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(expect.arrayContaining(['Januari', 'December', 'Årshjulet']));
    const levels = await headingLevels();
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => { if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1); });
    await checkA11y('year view');
  });

  it('adds a deadline through the form, with the error next to the field first', async () => {
    await page.getByRole('link', { name: 'Nytt datum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt datum i årshjulet' }).waitFor();
    await page.getByLabel('Datum', { exact: false }).first().fill('2025-02-30');
    await page.getByLabel('Aktivitet (rubrik)', { exact: false }).fill('Budgetberedning');
    await page.getByLabel('Gäller', { exact: false }).selectOption('companies');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.locator('#f-date-error').textContent()).resolves.toBe('måste vara ett datum ÅÅÅÅ-MM-DD');
    await expect(page.locator('#f-date').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkA11y('deadline form with errors');
    await page.locator('#f-date').fill('2025-10-15');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2025' }).waitFor();
    const october = page.getByRole('table', { name: 'Viktiga datum i oktober 2025' });
    await october.getByRole('row', { name: /15 okt Budgetberedning/ }).waitFor();
  });

  it('shows "Nytt datum" and "Kopiera" as buttons of one kind', async () => {
    const look = (name: string) => page.getByRole(name === 'Nytt datum' ? 'link' : 'button', { name }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { height: el.getBoundingClientRect().height, border: `${s.borderTopWidth} ${s.borderTopStyle}`, radius: s.borderTopLeftRadius, padding: s.padding, weight: s.fontWeight, decoration: s.textDecorationLine };
    });
    const newDate = await look('Nytt datum');
    expect(newDate).toEqual(await look('Kopiera till 2026'));
    expect(newDate.border).toBe('2px solid');
  });

  it('returns focus to the button that opened the copy dialog, after cancelling and after copying', async () => {
    const copy = page.getByRole('button', { name: 'Kopiera till 2026' });
    await copy.click();
    const dialog = page.getByRole('dialog', { name: 'Kopiera 2025 till 2026?' });
    await dialog.waitFor();
    await checkA11y('copy dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('annual-copy');
    await copy.click();
    await dialog.getByRole('button', { name: 'Kopiera till 2026' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('annual-copy');
  });

  it('edits a deadline read on its own (not the whole year), then deletes it with focus kept in the month', async () => {
    const october = page.getByRole('table', { name: 'Viktiga datum i oktober 2025' });
    const requests: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/annual-cycle')) requests.push(new URL(r.url()).pathname); });
    await october.getByRole('link', { name: 'Ändra Budgetberedning 15 okt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändra datum i årshjulet' }).waitFor();
    await expect(page.locator('#f-heading').inputValue()).resolves.toBe('Budgetberedning');
    await expect(page.locator('#f-audience').inputValue()).resolves.toBe('companies');
    expect(requests.filter((p) => p.startsWith('/api/v1/annual-cycle/deadlines/'))).toHaveLength(1);
    expect(requests).not.toContain('/api/v1/annual-cycle');
    await checkA11y('deadline edit form');
    await page.locator('#f-heading').fill('Budgetberedning med bolagen');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2025' }).waitFor();
    const row = october.getByRole('row', { name: /15 okt Budgetberedning med bolagen/ });
    await row.waitFor();

    const remove = row.getByRole('button', { name: 'Ta bort Budgetberedning med bolagen 15 okt' });
    const removeId = await remove.getAttribute('id');
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort Budgetberedning med bolagen 15 okt?' });
    await checkA11y('delete dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(removeId);
    await remove.click();
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('annual-month-10');
    await checkA11y('deadline deleted');
  });

  it('has no serious accessibility violations and no server errors', () => {
    expect(staff.pageErrors).toEqual([]);
    expect(staff.findings, formatFindings(staff.findings)).toEqual([]);
  });
});
