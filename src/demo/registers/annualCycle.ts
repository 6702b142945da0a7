/**
 * Demo data of the annualCycle register, reproduced from the reference meeting book, and its loader: the 2025
 * lists for the committees and the companies (Bilaga 8) and the council's own dates, parsed from the dates as
 * printed; KS responsible (with reminders 14 and 3 days before to its staff) where the text names the KS
 * diarium; the same deadlines copied to 2026 and 2027; and the annexes of § 177 generated from the register —
 * the årshjul (KS-2023/00651-2, with the council's 2025 meeting days of Bilaga 7) and "Viktiga datum"
 * (KS-2023/00651-4).
 */
import type { Tx } from '../../db/client.ts';
import * as t from '../../db/schema/index.ts';
import type { Audience } from '../../domain/annualCycle.ts';
import { parseDayLabel } from '../../domain/annualCycleDates.ts';
import type { Services } from '../../use-cases/context.ts';
import { copyDeadlines } from '../../use-cases/annualCycle/copyYear.ts';
import { renderCycleDocument } from '../../use-cases/annualCycle/documents.ts';
import { attachPdf, type DemoRegisterIds } from './index.ts';
import * as data from './annualCycleData.ts';

const WHEEL_DOCUMENT = 'KS-2023/00651-2';
const DATES_DOCUMENT = 'KS-2023/00651-4';
const ANNEX_DATE = '2024-05-16';

export const generatedDocuments: readonly string[] = [WHEEL_DOCUMENT, DATES_DOCUMENT];

function rows(ids: DemoRegisterIds, list: readonly data.DemoDeadline[], audience: Audience) {
  return list.map((d, position) => {
    const dates = parseDayLabel(d.printed, data.year);
    if (!dates) throw new Error(`The demo's date "${d.printed}" cannot be read.`);
    const organId = d.organCode ? ids.organId.get(d.organCode) ?? null : null;
    return {
      bodyId: ids.bodyId, ...dates, heading: d.heading, text: d.text, audience, organId, deliverer: d.deliverer, position,
      reminderDays: organId ? data.ksReminderDays : [], remindOrganStaff: organId !== null,
    };
  });
}

export async function load(tx: Tx, services: Services, ids: DemoRegisterIds): Promise<void> {
  await tx.insert(t.annualDeadlines).values([
    ...rows(ids, data.committeeDeadlines, 'committees'),
    ...rows(ids, data.companyDeadlines, 'companies'),
    ...rows(ids, data.councilDeadlines, 'council'),
  ]);
  for (const toYear of data.copyToYears) await copyDeadlines(tx, ids.bodyId, toYear - 1, undefined, () => true);

  const wheel = await renderCycleDocument(tx, ids.bodyId, { kind: 'wheel', year: data.year, audiences: ['council', 'committees', 'companies'], note: data.wheelNote, annex: 'Bilaga 6' },
    ANNEX_DATE, data.councilMeetings2025.map((date) => ({ date })));
  await attachPdf(tx, services, ids, WHEEL_DOCUMENT, wheel.pdf);
  const dates = await renderCycleDocument(tx, ids.bodyId, { kind: 'dates', year: data.year, audiences: ['committees', 'companies'], note: data.listNote, annex: 'Bilaga 8' }, ANNEX_DATE);
  await attachPdf(tx, services, ids, DATES_DOCUMENT, dates.pdf);
}
