/**
 * Web publication in Chromium against the real server (page cache on, as in production): a registrar registers a
 * private person's letter and the form says its file will not be published; the case page shows it unpublished
 * and the public case page offers no file; publishing puts the file on the public page, withdrawing with a reason
 * takes it off at once; "Publicerat på webben" in the menu lists the withdrawal with its reason (R-PUB-1). axe-core
 * finds no serious or critical violation.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseSlug } from '../../src/portal/urls.ts';
import { formatFindings } from './support/axe.ts';
import { makePdf } from './support/pdf.ts';
import { openStaffBrowser, type StaffBrowser } from './support/staff.ts';

let staff: StaffBrowser;
let page: Page;
const suffix = crypto.randomBytes(3).toString('hex').toUpperCase();
const fileName = `synpunkt-${suffix.toLowerCase()}.pdf`;
let documentNumber = '';
let caseNumber = '';

/** The public case page, as anyone gets it (no cookies). */
async function publicCasePage(): Promise<string> {
  const res = await fetch(`${staff.server.url}/arenden/${caseSlug(caseNumber)}`);
  expect(res.status).toBe(200);
  return res.text();
}

const documentRow = () => page.getByRole('table', { name: /^Handlingar i ärendet/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: documentNumber }) });

describe('publication on the web', () => {
  beforeAll(async () => {
    staff = await openStaffBrowser('registrator');
    page = staff.page;
  });

  afterAll(async () => {
    await staff?.close();
  });

  it('the registration form says a private person\'s letter will not be published, and registers it so', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Registrera handling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera handling' }).waitFor();
    await page.getByRole('radio', { name: 'Ett nytt ärende' }).check();
    await page.getByLabel('Diarium').selectOption({ label: 'Kommunstyrelsens diarium (KS)' });
    await page.getByLabel(/^Ärendemening/).fill(`Synpunkt på gatubelysning ${suffix}`);
    await page.getByLabel('Typ av handling').selectOption({ label: 'Skrivelse/brev' });
    await page.getByRole('radio', { name: 'Inkommen' }).check();
    await page.getByLabel(/^Beskrivning/).fill('Synpunkter på gatubelysningen');
    await page.getByLabel('Namn', { exact: true }).fill('Gunnel Pettersson');
    const pdf = await makePdf(['Synpunkter på gatubelysningen', `Gunnel Pettersson (${suffix})`]);
    await page.getByLabel('Fil att bifoga').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    const legend = page.getByRole('group', { name: 'Publicering på webben' });
    await legend.getByText('Filen och texten kommer inte att publiceras på webben').waitFor();
    await legend.getByText(/publiceras inte som standard/).first().waitFor();
    await staff.checkA11y('register form with the publication choice');

    await page.getByRole('button', { name: 'Registrera handlingen' }).click();
    await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/);
    const notice = page.getByRole('main').getByText(/^Registrerad som .+\.$/);
    await notice.waitFor();
    documentNumber = /^Registrerad som (.+)\.$/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    caseNumber = documentNumber.replace(/-\d+$/, '');
    await documentRow().getByText('Inte publicerad på webben').waitFor();
    const html = await publicCasePage();
    expect(html).toContain(documentNumber);
    expect(html).not.toContain(fileName);
    expect(html).toContain('Du kan begära ut allmänna handlingar');
  });

  it('publishing puts the file on the public case page', async () => {
    await documentRow().getByRole('button', { name: /^Publicera på webben/ }).click();
    const dialog = page.getByRole('dialog', { name: `Publicera ${documentNumber} på webben?` });
    await staff.checkA11y('publish dialog');
    await dialog.getByRole('button', { name: 'Publicera på webben' }).click();
    await documentRow().getByText('Publicerad på webben', { exact: true }).waitFor();
    expect(await publicCasePage()).toContain(fileName);
  });

  it('withdrawing needs a reason and takes the file off the public page at once', async () => {
    expect(await publicCasePage()).toContain(fileName); // kept in the server's page cache now
    await documentRow().getByRole('button', { name: /^Avpublicera/ }).click();
    const dialog = page.getByRole('dialog', { name: `Avpublicera ${documentNumber}?` });
    await dialog.getByRole('button', { name: 'Avpublicera' }).click();
    await dialog.getByText('måste fyllas i').first().waitFor();
    await dialog.getByLabel(/^Skäl/).fill('Innehåller en hemadress.');
    await staff.checkA11y('withdraw dialog');
    await dialog.getByRole('button', { name: 'Avpublicera' }).click();
    await documentRow().getByText('Inte publicerad på webben').waitFor();
    expect(await publicCasePage()).not.toContain(fileName);
  });

  it('"Publicerat på webben" lists the publication and its withdrawal with the reason', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Publicerat på webben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publicerat på webben' }).waitFor();
    await page.getByLabel('Visa', { exact: true }).selectOption({ label: 'Avpublicerade' });
    await page.getByRole('button', { name: 'Filtrera' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: documentNumber }) });
    await row.getByText('Skäl: Innehåller en hemadress.').waitFor();
    await staff.checkA11y('publications list');
  });

  it('has no serious or critical accessibility violations, server errors or uncaught exceptions', () => {
    if (staff.findings.length) throw new Error(`axe-core found serious or critical violations:\n${formatFindings(staff.findings)}`);
    if (staff.pageErrors.length) throw new Error(staff.pageErrors.join('\n'));
  });
});
