/**
 * The annual cycle's documents → PDF: "Viktiga datum för <kommun>s nämnder <år>" (and "… bolag"; one table per
 * list) and the årshjul (the wheel picture with its numbered list as text alternative). The data are prepared
 * here and passed to `annual-dates.typ` / `annual-wheel.typ` as JSON.
 */
import { AUDIENCE_LABELS, type Audience } from '../domain/annualCycle.ts';
import { dayLabel, periodLabel } from '../domain/annualCycleDates.ts';
import { annualWheelSvg, wheelDescription, wheelInput, wheelItems, type CycleRow, type WheelSource } from './charts/annualWheel.ts';
import { renderPdf, type RenderResult } from './typst.ts';

export { wheelTitle } from './charts/annualWheel.ts';
export type { CycleRow, WheelSource };
export interface CycleFrame { municipality: string; year: number; date: string; annex?: string }

/** "Umeå kommun" → "Umeå kommuns"; a name already ending in s is left as it is. */
export const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);

/** "Viktiga datum för Umeå kommuns nämnder 2025". */
export const datesTitle = (municipality: string, audience: Audience, year: number): string =>
  `Viktiga datum för ${genitive(municipality)} ${AUDIENCE_LABELS[audience]} ${year}`;

export interface DatesSection { audience: Audience; note: string; rows: readonly CycleRow[] }

export function datesData(frame: CycleFrame, sections: readonly DatesSection[]) {
  const titles = sections.map((s) => datesTitle(frame.municipality, s.audience, frame.year));
  return {
    municipality: frame.municipality, annex: frame.annex ?? '', date: frame.date,
    title: titles.length === 1 ? titles[0]! : `Viktiga datum för ${genitive(frame.municipality)} ${sections.map((s) => AUDIENCE_LABELS[s.audience]).join(' och ')} ${frame.year}`,
    sections: sections.map((s, i) => ({ title: titles[i]!, note: s.note, rows: s.rows.map((r) => ({ label: periodLabel(r.date, r.endDate), heading: r.heading, text: r.text })) })),
  };
}

export function renderDatesPdf(frame: CycleFrame, sections: readonly DatesSection[]): Promise<RenderResult> {
  return renderPdf({ template: 'annual-dates', data: datesData(frame, sections) });
}

export function wheelData(frame: CycleFrame, source: WheelSource) {
  const input = wheelInput(frame, source);
  return {
    municipality: frame.municipality, annex: frame.annex ?? '', date: frame.date, title: input.title, note: source.note,
    svg: annualWheelSvg(input), alt: wheelDescription(input),
    items: wheelItems(source.rows).map((i) => ({ number: String(i.number), label: periodLabel(i.date, i.endDate), heading: i.heading, text: i.text, audience: i.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ') })),
    meetingsTitle: `${source.meetingsLabel} sammanträder ${frame.year}`,
    meetings: source.meetings.map((m) => dayLabel(m.date)),
  };
}

export function renderWheelPdf(frame: CycleFrame, source: WheelSource): Promise<RenderResult> {
  return renderPdf({ template: 'annual-wheel', data: wheelData(frame, source) });
}
