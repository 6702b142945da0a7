import { describe, it, expect } from 'vitest';
import { cases, organs, procurementCaseNumbers } from '../../src/demo/data.ts';
import { procurementMarkers } from '../../src/demo/cases-procurement.ts';
import { meetingItems, officialReports } from '../../src/demo/reports.ts';
import { checkReportContent, type ReportContent } from '../../src/domain/officialReport.ts';
import type { FieldError } from '../../src/domain/errors.ts';
import { renderReportHtml, renderReportPdf } from '../../src/documents/renderReport.ts';

/** Document numbers of all official reports: `{case}-{index + 1}` in each case's document order. */
const reportNumbers = cases.flatMap((c) =>
  c.documents.flatMap((d, i) => (d.kind === 'official_report' ? [`${c.number}-${i + 1}`] : [])),
);
const caseOf = (documentNumber: string) => {
  const found = cases.find((c) => documentNumber.startsWith(`${c.number}-`));
  if (!found) throw new Error(`no case for ${documentNumber}`);
  return found;
};
const organName = (code: string) => organs.find((o) => o.code === code)?.name ?? code;
const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('demo official reports', () => {
  it('has an entry for every official report document and no orphaned entries', () => {
    expect(reportNumbers.length).toBeGreaterThan(0);
    expect(Object.keys(officialReports).sort()).toEqual([...reportNumbers].sort());
  });

  it.each(reportNumbers)('%s passes the final content check', (number) => {
    const entry = officialReports[number]!;
    const errors: FieldError[] = [];
    checkReportContent(entry as unknown as Record<string, unknown>, true, errors);
    expect(errors).toEqual([]);
    if (entry.decision === 'information') expect(entry.clauses).toEqual([]);
    else expect(entry.clauses.length).toBeGreaterThan(0);
    if (entry.decision === 'proposes') expect(entry.proposesTo).toBeTruthy();
  });

  it('dates each report as its registered document', () => {
    for (const number of reportNumbers) {
      const demoCase = caseOf(number);
      const index = Number(number.slice(demoCase.number.length + 1)) - 1;
      expect(officialReports[number]!.date, number).toBe(demoCase.documents[index]!.registeredDate);
    }
  });

  it('uses only the rich-text subset in descriptions', () => {
    const allowed = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'table', 'tr', 'th', 'td']);
    for (const [number, entry] of Object.entries(officialReports)) {
      const tags = [...entry.description.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]!);
      expect(tags.filter((t) => !allowed.has(t)), number).toEqual([]);
    }
  });

  it('gives the climate grant figures in KS-2024/00456-1 (the remaining funds come from the appropriations register)', () => {
    const text = plain(officialReports['KS-2024/00456-1']!.description);
    for (const figure of ['1 383', '1 303', '844']) expect(text).toContain(figure);
    for (const figure of ['1 617,0', '1 697,0', '2 156,0']) expect(text).not.toContain(figure);
    expect(officialReports['KS-2024/00456-1']!.description).toContain('<table>');
  });

  it('gives the NSSO grant and the remaining growth funds in KS-2024/00361-2', () => {
    const entry = officialReports['KS-2024/00361-2']!;
    expect(entry.clauses[0]).toContain('20 000 kr 2024, 100 000 kr/år 2025-2026 och 80 000 kr 2027');
    expect(entry.clauses[0]).toContain('kommunstyrelsens anslag för tillväxt');
    // The remaining growth funds are a register table computed from the appropriation, not typed text.
    for (const figure of ['1 478,2', '3 007,4', '9 296,2']) expect(plain(entry.description)).not.toContain(figure);
  });

  it('proposes the planning directive to the council with the three clauses completed after the presidium meeting', () => {
    const entry = officialReports['KS-2023/00651-1']!;
    expect(entry).toMatchObject({ decision: 'proposes', proposesTo: 'Kommunfullmäktige' });
    expect(entry.clauses).toHaveLength(3);
    expect(entry.clauses.every((c) => c.startsWith('fastställa'))).toBe(true);
    expect(plain(entry.description)).toContain('presidium');
  });

  it('carries each procurement marker only in its own procurement report', () => {
    for (const [caseNumber, marker] of Object.entries(procurementMarkers)) {
      for (const [number, entry] of Object.entries(officialReports)) {
        const text = JSON.stringify(entry);
        expect(text.includes(marker), `${marker} in ${number}`).toBe(number.startsWith(`${caseNumber}-`));
      }
    }
  });

  it.each(reportNumbers)('%s renders as HTML and PDF', async (number) => {
    const entry: ReportContent = officialReports[number]!;
    const frame = { municipality: 'Umeå kommun', organName: organName(caseOf(number).organCode), caseNumber: caseOf(number).number, basisNumbers: new Map<string, string>() };
    expect(renderReportHtml(entry, frame)).toContain(entry.title.replace(/"/g, '&quot;'));
    expect((await renderReportPdf(entry, frame)).pages).toBeGreaterThan(0);
  });
});

describe('demo meeting items (KSNAU 2024-05-21)', () => {
  it('lists §§ 177–189 in order', () => {
    expect(meetingItems.map((i) => i.paragraph)).toEqual(Array.from({ length: 13 }, (_, i) => 177 + i));
  });

  it('refers to existing cases whose titles match the agenda', () => {
    for (const item of meetingItems) {
      const demoCase = cases.find((c) => c.number === item.caseNumber);
      expect(demoCase, item.caseNumber).toBeDefined();
      expect(demoCase!.title).toBe(item.title);
    }
    expect(new Set(meetingItems.map((i) => i.caseNumber)).size).toBe(13);
  });

  it('closes exactly the procurement items to the public', () => {
    expect(meetingItems.filter((i) => !i.public).map((i) => i.caseNumber).sort()).toEqual([...procurementCaseNumbers].sort());
  });

  it('keeps the sections in agenda order', () => {
    const sections = meetingItems.map((i) => i.section);
    expect([...new Set(sections)]).toEqual(['Planeringsdirektiv', 'Beslutsärenden', 'Till KS/KF', 'Information']);
  });
});
