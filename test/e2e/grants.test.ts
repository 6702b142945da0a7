/**
 * The grant rounds register in a real browser against the demo server (where KSNAU has already decided § 182):
 * the list, a new round opened through its dialog (errors at the fields, the case found by number, criteria as a
 * list) and edited (a stale version refused plainly), the climate round with its remaining funds and applications, registering an application whose
 * amount is refused naming the field and then accepted, a recommendation refused for exceeding the remaining
 * funds (the reason field appears) and then accepted, a project budget that does not add up (kept, with its
 * warning), the compilation registered in the case, and Miljöskjutsen 2024. Then KSNAU decides the climate case
 * in a new meeting: the application is decided, its applicant's mail is sent after the decision's commit, and the
 * next official report's "Kvarvarande medel" shows the reduced funds; then the organ's actual decision on it is
 * recorded and the remaining funds follow. axe-core on every screen (no serious or critical violations).
 */
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, login } from './support/api.ts';
import { formatFindings } from './support/axe.ts';
import { openStaffBrowser, screenshotDir, type StaffBrowser } from './support/staff.ts';
import { pageTexts } from '../support/pdf.ts';

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** The year the new application applies for: one of the round's years (2024–2026). */
const year = 2026;

let staff: StaffBrowser;
let page: Page;
const checkA11y = (label: string): Promise<void> => staff.checkA11y(label);
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const remainingRow = (y: number) => page.getByRole('table', { name: /Kvarvarande medel per år efter omgångens förslag/ }).getByRole('row', { name: new RegExp(`^${y}`) });
const cells = async (y: number) => (await remainingRow(y).innerText()).split(/\s*\t\s*|\n/).filter(Boolean);

describe('the grant rounds register in the staff web app', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('strateg');
    page = staff.page;
  }, 180_000);

  afterAll(async () => {
    await staff?.close();
  });

  it('lists the rounds and shows the climate round as decided by KSNAU', async () => {
    await page.goto('/app/registers/grants/');
    await heading('Bidragsomgångar').waitFor();
    await checkA11y('grant rounds');
    await page.getByRole('link', { name: 'Utvecklingsanslag klimatneutralitet våren 2024' }).click();
    await heading('Utvecklingsanslag klimatneutralitet våren 2024').waitFor();
    expect(await cells(2024)).toEqual(['2024', '3 000', '1 383', '0', '1 617']);
    expect(await cells(year)).toEqual(['2026', '3 000', '844', '0', '2 156']);
    const table = page.getByRole('table', { name: /Ansökningar med beviljat och sökt belopp/ });
    expect(await table.getByRole('row', { name: /Samhällsbyggnad, Miljöutveckling/ }).innerText()).toContain('Beviljad');
    expect(await table.getByRole('row', { name: /Cirkulära Västerbotten/ }).innerText()).toContain('Beslutat av KSNAU 2023-04-18');
    await page.screenshot({ path: path.join(screenshotDir, 'grants-climate.png'), fullPage: true });
    await checkA11y('climate round');
  });

  it('opens a round through the dialog: Swedish errors at the fields, the case found by its number, criteria as a list', async () => {
    await page.goto('/app/registers/grants/');
    await page.getByRole('button', { name: 'Ny omgång' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny omgång' });
    await checkA11y('new round dialog');
    await dialog.getByRole('button', { name: 'Skapa omgång' }).click();
    await dialog.getByText('Det finns fel i formuläret').waitFor();
    for (const message of ['välj organ', 'välj ärendet där omgången diarieförs', 'måste fyllas i']) await dialog.locator('.field-error', { hasText: message }).first().waitFor();
    await checkA11y('new round dialog with errors');
    const organ = dialog.getByLabel('Organ', { exact: false }).first();
    await organ.selectOption((await organ.locator('option', { hasText: 'arbetsutskott' }).getAttribute('value'))!);
    await dialog.getByRole('combobox', { name: /Sök ärende/ }).fill('KS-2024/00457');
    await page.getByRole('option', { name: /KS-2024\/00457/ }).click();
    await dialog.getByText('KS-2024/00457', { exact: true }).waitFor();
    await dialog.getByLabel('Omgångens namn').fill('Cykelbidrag hösten 2024');
    await dialog.getByRole('button', { name: 'Lägg till kriterium' }).click();
    await dialog.getByLabel('Kriterium 1').fill('Ideell förening i Umeå');
    await dialog.getByRole('button', { name: 'Lägg till kriterium' }).click();
    await dialog.getByLabel('Kriterium 2').fill('Främjar hållbart resande');
    await dialog.getByRole('button', { name: 'Flytta upp Kriterium 2' }).click();
    await dialog.getByLabel('Öppnar').fill('2024-09-01');
    await dialog.getByLabel('Stänger').fill('2024-08-01');
    await dialog.getByLabel('Beslut på delegation').check();
    await dialog.getByLabel('Föreningar (ett belopp i kr)').check();
    await dialog.getByRole('button', { name: 'Skapa omgång' }).click();
    await dialog.locator('.field-error', { hasText: 'kan inte ligga före öppningsdagen' }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'grants-new-round.png') });
    await dialog.getByLabel('Stänger').fill('2024-10-15');
    await dialog.getByRole('button', { name: 'Skapa omgång' }).click();
    await heading('Cykelbidrag hösten 2024').waitFor();
    const about = page.getByRole('region', { name: 'Om omgången' });
    expect(await about.getByRole('listitem').allInnerTexts()).toEqual(['Främjar hållbart resande', 'Ideell förening i Umeå']);
    expect(await about.innerText()).toContain('2024-09-01 – 2024-10-15');
    expect(await about.innerText()).toContain('Delegation');
    await checkA11y('new round');
  });

  it('edits the round: a version someone else saved meanwhile is refused plainly, then the change is made on the new version', async () => {
    await page.getByRole('button', { name: 'Ändra omgång' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra omgång' });
    await dialog.getByLabel('Dokumentansvarig').fill('Oskar Bergman, Fritidsbyrån');
    const other = await login(staff.server.url, 'fritid', 'demo');
    const id = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!;
    const current = await api<{ version: number }>(other, 'GET', `/grant-rounds/${id}`);
    await api(other, 'PATCH', `/grant-rounds/${id}`, { version: current.version, intro: 'Bidrag till cykelprojekt i föreningar.' });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByRole('alert').getByText('Någon annan har ändrat omgången medan du redigerade.').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'grants-round-conflict.png') });
    await checkA11y('round dialog with a conflict');
    await dialog.getByRole('button', { name: 'Läs in omgången igen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Bidrag till cykelprojekt i föreningar.').waitFor();
    await page.getByRole('button', { name: 'Ändra omgång' }).click();
    await dialog.getByLabel('Dokumentansvarig').fill('Oskar Bergman, Fritidsbyrån');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Omgången är sparad.').waitFor();
    // The page reads the saved round again after the notice: wait for it rather than read it at once.
    await page.getByRole('region', { name: 'Om omgången' }).getByText('Oskar Bergman, Fritidsbyrån').waitFor();
  });

  it('registers an application: nonsense refused naming the field, then accepted', async () => {
    await page.goto('/app/registers/grants/');
    await page.getByRole('link', { name: 'Utvecklingsanslag klimatneutralitet våren 2024' }).click();
    await heading('Utvecklingsanslag klimatneutralitet våren 2024').waitFor();
    await page.getByRole('button', { name: 'Registrera ansökan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrera ansökan' });
    await dialog.getByLabel('Typ av sökande').selectOption('association');
    await dialog.getByLabel('Sökandens namn').fill('Umeå Cykelförening');
    await dialog.getByLabel('E-post').fill('info@cykel.example.se');
    await dialog.getByLabel('Projekttitel').fill('Cykelkök');
    await dialog.getByLabel('Total projektkostnad (tkr)').fill('250');
    await dialog.getByLabel(String(year), { exact: true }).fill('hundra');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    await dialog.getByText('"hundra" är inte ett belopp').first().waitFor();
    await checkA11y('application dialog with an error');
    await dialog.getByLabel(String(year), { exact: true }).fill('100');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Ansökan är registrerad som KS-2024\/00456-\d+/).waitFor();
  });

  it('a recommendation beyond the remaining funds asks for a reason; within them it is proposed', async () => {
    await page.getByRole('button', { name: 'Rekommendera: Cykelkök' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rekommendation' });
    await dialog.getByLabel(String(year), { exact: true }).fill('5 000');
    await dialog.getByLabel('Motivering').fill('Projektet bidrar till hållbart resande.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText(/överskrider kvarvarande medel/).first().waitFor();
    await dialog.getByLabel('Skäl att ändå föreslå beloppet').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'grants-recommend.png') });
    await checkA11y('recommendation dialog with an over-commitment');
    await dialog.getByLabel(String(year), { exact: true }).fill('100');
    await dialog.getByLabel('Skäl att ändå föreslå beloppet').fill('');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Rekommendationen är sparad.').waitFor();
    await expect.poll(() => cells(year)).toEqual(['2026', '3 000', '844', '100', '2 056']);
  });

  it('keeps a project budget that does not add up, with its warning', async () => {
    await page.getByRole('button', { name: 'Budget: Cykelkök' }).click();
    const dialog = page.getByRole('dialog', { name: 'Projektbudget' });
    await dialog.getByLabel(/^År/).fill(String(year));
    await dialog.getByLabel('Kostnadsbudget').fill('Verktyg\t150 000\nLokal\t100 000');
    await dialog.getByLabel('Finansieringsbudget').fill('## Offentlig finansiering\nUmeå kommun\t100 000\nRegionen\t100 000');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`${year}: kostnaderna (250 000 kr) och finansieringen (200 000 kr) går inte jämnt ut.`).first().waitFor();
    await page.getByRole('heading', { name: 'Projektbudget: Cykelkök' }).waitFor();
    await checkA11y('round with a project budget');
  });

  it('generates the compilation as a document of the case', async () => {
    await page.getByRole('button', { name: 'Skapa sammanställning' }).click();
    const notice = page.getByText(/Sammanställningen är registrerad som KS-2024\/00456-\d+/);
    await notice.waitFor();
    const number = /KS-2024\/00456-\d+/.exec(await notice.innerText())![0];
    await page.getByRole('region', { name: 'Sammanställningar' }).getByRole('link', { name: number }).waitFor();
  });

  it('KSNAU decides the case in a new meeting: the application is decided, its applicant mailed, the next report shows the reduced funds', async () => {
    const secretary = await login(staff.server.url, 'sekreterare', 'demo');
    const strateg = await login(staff.server.url, 'strateg', 'demo');
    const organs = await api<{ items: { id: string; code: string }[] }>(secretary, 'GET', '/organs');
    const ksnau = organs.items.find((o) => o.code === 'KSNAU')!.id;
    const cases = await api<{ items: { id: string; number: string }[] }>(secretary, 'GET', '/cases?q=KS-2024%2F00456');
    const caseId = cases.items.find((c) => c.number === 'KS-2024/00456')!.id;
    const meeting = await api<{ id: string }>(secretary, 'POST', '/meetings', { organId: ksnau, date: inDays(0), startTime: '13:15', place: 'Kommunstyrelsens sammanträdesrum' });
    await api(secretary, 'POST', `/meetings/${meeting.id}/items`, { caseId, title: 'Utvecklingsanslag klimatneutralitet, tillägg', kind: 'decision' });
    await api(secretary, 'POST', `/meetings/${meeting.id}/notice`);
    const roll = await api<{ seats: { personId: string; role: string }[] }>(secretary, 'GET', `/meetings/${meeting.id}/conduct`);
    const members = roll.seats.filter((s) => s.role !== 'substitute').map((s) => s.personId);
    const opened = await api<{ conduct: { version: number }; items: { id: string }[] }>(secretary, 'POST', `/meetings/${meeting.id}/conduct`, {
      present: members, adjusterPersonIds: [members.at(-1)], secretaryName: 'Ingrid Norlén', adjustmentPlace: 'Stadshuset', adjustmentDate: inDays(5), adjustmentTime: '10:00',
    });
    await api(secretary, 'PUT', `/meetings/${meeting.id}/conduct/items/${opened.items[0]!.id}/decision`, {
      version: opened.conduct.version, clauses: ['bevilja Umeå Cykelförening medel ur utvecklingsanslaget klimatneutralitet enligt tjänsteskrivelsen'],
    });

    await page.reload();
    await heading('Utvecklingsanslag klimatneutralitet våren 2024').waitFor();
    const row = page.getByRole('table', { name: /Ansökningar med beviljat och sökt belopp/ }).getByRole('row', { name: /Umeå Cykelförening/ });
    expect(await row.innerText()).toContain('Beviljad');
    await expect.poll(() => cells(year)).toEqual(['2026', '3 000', '944', '0', '2 056']);
    // The decision mailed the applicant after its commit: nothing is left to send by hand.
    await page.getByText(/Underrättelser om beslut: 0 e-post att skicka, [1-9]\d* skickade/).waitFor();
    expect(await page.getByRole('button', { name: /^Skicka \d+ underrättelse/ }).count()).toBe(0);
    const mails = fs.readdirSync(path.join(staff.server.dataDir, 'outbox')).map((f) => fs.readFileSync(path.join(staff.server.dataDir, 'outbox', f), 'utf8'));
    expect(mails.filter((m) => m.includes('To: info@cykel.example.se'))).toHaveLength(1);
    await checkA11y('climate round after the decision');

    const appropriations = await api<{ items: { id: string; name: string }[] }>(strateg, 'GET', '/appropriations');
    const climate = appropriations.items.find((a) => a.name === 'Utvecklingsanslag klimatneutralitet')!.id;
    const view = await api<{ remaining: { year: number; remainingKr: number }[] }>(strateg, 'GET', `/appropriations/${climate}`);
    const before = view.remaining.find((r) => r.year === year);
    const report = await api<{ id: string }>(strateg, 'POST', '/reports', {
      caseId, organId: ksnau,
      content: { date: inDays(0), title: 'Uppföljning av utvecklingsanslaget', registerTables: [{ kind: 'remaining_funds', appropriationId: climate, title: 'Kvarvarande medel i utvecklingsanslaget Klimatneutralitet', asOf: inDays(0), years: [year], afterProposal: false }] },
    });
    expect(before?.remainingKr).toBe(2_056_000);
    const preview = await page.request.get(`/api/v1/reports/${report.id}/preview.pdf`);
    const text = pageTexts(await preview.body()).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(`Kvarvarande medel i utvecklingsanslaget Klimatneutralitet (${inDays(0)})`);
    expect(text).toContain('2026 2 056,0 tkr');
  });

  it('records what the organ actually decided on one application: the remaining funds follow', async () => {
    await page.goto('/app/registers/grants/');
    await page.getByRole('link', { name: 'Utvecklingsanslag klimatneutralitet våren 2024' }).click();
    await page.getByRole('button', { name: 'Registrera beslut: Cykelkök' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrera organets beslut' });
    await dialog.getByLabel('Avslås').check();
    await dialog.getByLabel('Beslutsreferens').fill('');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.locator('.field-error', { hasText: 'måste fyllas i' }).waitFor();
    await checkA11y('record decision dialog with an error');
    await dialog.getByLabel('Beviljas').check();
    await dialog.getByLabel(String(year), { exact: true }).fill('50');
    await dialog.getByLabel('Beslutsreferens').fill('KSNAU § 1/26');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Beslutet om Cykelkök är registrerat.').waitFor();
    await expect.poll(() => cells(year)).toEqual(['2026', '3 000', '894', '0', '2 106']);
  });

  it('shows Miljöskjutsen 2024 decided by delegation', async () => {
    await page.goto('/app/registers/grants/');
    await page.getByRole('link', { name: 'Miljöskjutsen 2024' }).click();
    await heading('Miljöskjutsen 2024').waitFor();
    const table = page.getByRole('table', { name: /Ansökningar med beviljat och sökt belopp/ });
    expect(await table.getByRole('row').count()).toBe(22);
    expect(await table.getByRole('row', { name: /Summa/ }).innerText()).toContain('118 870');
    await page.screenshot({ path: path.join(screenshotDir, 'grants-ride.png'), fullPage: true });
    await checkA11y('Miljöskjutsen round');
  });

  it('has no serious accessibility violations and no page errors', () => {
    expect(formatFindings(staff.findings), formatFindings(staff.findings)).toBe('');
    expect(staff.pageErrors).toEqual([]);
  });
});
