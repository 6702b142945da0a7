/**
 * The årshjul as an SVG picture (pure; the same picture in the staff app and in the PDF): a ring of twelve month
 * sectors starting at the top and running clockwise, the deadlines as numbered markers at their day (a period as
 * an arc along the ring), coloured and shaped by audience, and the council's meetings as squares on an inner
 * ring. The numbers refer to the list that always accompanies the picture (its text alternative); the picture
 * itself carries a <title> and a <desc>.
 */
import { MONTHS_LONG } from '../../domain/annualCycleDates.ts';
import type { Audience } from '../../domain/annualCycle.ts';

export interface WheelDeadline { number: number; date: string; endDate: string | null; heading: string; audience: Audience }
export interface WheelMeeting { date: string }
export interface WheelInput {
  year: number;
  title: string;
  deadlines: readonly WheelDeadline[];
  meetings: readonly WheelMeeting[];
  /** Name of the meetings' organ in the legend ("Kommunfullmäktige"). */
  meetingsLabel: string;
  /** Prefix of the ids inside the picture (several pictures on one page). */
  idPrefix?: string;
}

export const AUDIENCE_COLOURS: Record<Audience, string> = { committees: '#1d3557', companies: '#2a6f4e', council: '#9c3d12' };
const AUDIENCE_LEGEND: Record<Audience, string> = { committees: 'Nämnder', companies: 'Bolag', council: 'Kommunfullmäktige' };

const SIZE = 640;
const C = SIZE / 2;
const R_OUTER = 308;
const R_MONTHS = 262;
const R_PERIOD = 254;
const R_FIRST = 236;
const STEP = 25;
const R_MEETINGS = 112;
const MARKER = 11;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f = (n: number): string => (Math.round(n * 10) / 10).toString();

function dayOfYear(date: string): { day: number; days: number } {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return { day: (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000, days };
}

/** Angle in degrees, 0 at the top, clockwise; `middle` places a date in the middle of its day. */
function angleOf(date: string, middle = true): number {
  const { day, days } = dayOfYear(date);
  return ((day + (middle ? 0.5 : 0)) / days) * 360;
}

function point(angle: number, r: number): [number, number] {
  const rad = ((angle - 90) * Math.PI) / 180;
  return [C + r * Math.cos(rad), C + r * Math.sin(rad)];
}

function sector(a0: number, a1: number, r0: number, r1: number): string {
  const [x0, y0] = point(a0, r1), [x1, y1] = point(a1, r1), [x2, y2] = point(a1, r0), [x3, y3] = point(a0, r0);
  const large = a1 - a0 > 180 ? 1 : 0;
  return `M${f(x0)} ${f(y0)}A${r1} ${r1} 0 ${large} 1 ${f(x1)} ${f(y1)}L${f(x2)} ${f(y2)}A${r0} ${r0} 0 ${large} 0 ${f(x3)} ${f(y3)}Z`;
}

function arc(a0: number, a1: number, r: number): string {
  const [x0, y0] = point(a0, r), [x1, y1] = point(a1, r);
  return `M${f(x0)} ${f(y0)}A${r} ${r} 0 ${a1 - a0 > 180 ? 1 : 0} 1 ${f(x1)} ${f(y1)}`;
}

function marker(audience: Audience, x: number, y: number): string {
  const fill = AUDIENCE_COLOURS[audience];
  if (audience === 'companies') return `<rect x="${f(x - MARKER)}" y="${f(y - MARKER)}" width="${MARKER * 2}" height="${MARKER * 2}" rx="4" fill="${fill}"/>`;
  if (audience === 'council') return `<path d="M${f(x)} ${f(y - MARKER - 2)}L${f(x + MARKER + 2)} ${f(y)}L${f(x)} ${f(y + MARKER + 2)}L${f(x - MARKER - 2)} ${f(y)}Z" fill="${fill}"/>`;
  return `<circle cx="${f(x)}" cy="${f(y)}" r="${MARKER}" fill="${fill}"/>`;
}

/** The text alternative of the picture: how many dates and meetings, and where the list is. */
export function wheelDescription(input: WheelInput): string {
  return `Årshjul ${input.year} med tolv månader medurs från januari överst. ${input.deadlines.length} numrerade datum är utplacerade på sina dagar` +
    `${input.meetings.length ? ` och ${input.meetings.length} sammanträden med ${input.meetingsLabel.toLowerCase()} som fyrkanter i den inre ringen` : ''}. ` +
    'Listan med datum och aktiviteter följer bilden.';
}

export function annualWheelSvg(input: WheelInput): string {
  const id = input.idPrefix ?? 'wheel';
  const parts: string[] = [];
  // Month sectors with their names.
  for (let m = 0; m < 12; m++) {
    const first = `${input.year}-${String(m + 1).padStart(2, '0')}-01`;
    const next = m === 11 ? `${input.year + 1}-01-01` : `${input.year}-${String(m + 2).padStart(2, '0')}-01`;
    const a0 = angleOf(first, false);
    const a1 = m === 11 ? 360 : angleOf(next, false);
    parts.push(`<path d="${sector(a0, a1, R_MONTHS, R_OUTER)}" fill="${m % 2 ? '#d5dfeb' : '#e9eff6'}" stroke="#ffffff" stroke-width="2"/>`);
    const [x, y] = point((a0 + a1) / 2, (R_MONTHS + R_OUTER) / 2);
    const rotate = (a0 + a1) / 2 > 90 && (a0 + a1) / 2 < 270 ? (a0 + a1) / 2 + 180 : (a0 + a1) / 2;
    parts.push(`<text x="${f(x)}" y="${f(y)}" transform="rotate(${f(rotate)} ${f(x)} ${f(y)})" text-anchor="middle" dominant-baseline="central" font-size="15" font-weight="600" fill="#1d3557">${MONTHS_LONG[m]}</text>`);
    const [lx0, ly0] = point(a0, R_MEETINGS - 14), [lx1, ly1] = point(a0, R_MONTHS);
    parts.push(`<line x1="${f(lx0)}" y1="${f(ly0)}" x2="${f(lx1)}" y2="${f(ly1)}" stroke="#c3cfdd" stroke-width="1"/>`);
  }
  parts.push(`<circle cx="${C}" cy="${C}" r="${R_MEETINGS}" fill="none" stroke="#c3cfdd" stroke-width="1" stroke-dasharray="3 3"/>`);
  // Periods as arcs just inside the month ring.
  for (const d of input.deadlines) {
    if (!d.endDate) continue;
    parts.push(`<path d="${arc(angleOf(d.date, false), angleOf(d.endDate, false) + 360 / dayOfYear(d.endDate).days, R_PERIOD)}" fill="none" stroke="${AUDIENCE_COLOURS[d.audience]}" stroke-width="5" stroke-linecap="round"/>`);
  }
  // Numbered markers, stepping inwards where they would overlap an earlier one.
  const placed: { x: number; y: number }[] = [];
  for (const d of input.deadlines) {
    const angle = angleOf(d.date);
    let r = R_FIRST;
    let [x, y] = point(angle, r);
    while (placed.some((p) => Math.hypot(p.x - x, p.y - y) < MARKER * 2 + 3) && r > R_MEETINGS + 2 * STEP) {
      r -= STEP;
      [x, y] = point(angle, r);
    }
    placed.push({ x, y });
    parts.push(marker(d.audience, x, y));
    parts.push(`<text x="${f(x)}" y="${f(y)}" text-anchor="middle" dominant-baseline="central" font-size="11" font-weight="700" fill="#ffffff">${d.number}</text>`);
  }
  for (const m of input.meetings) {
    const [x, y] = point(angleOf(m.date), R_MEETINGS);
    parts.push(`<rect x="${f(x - 5)}" y="${f(y - 5)}" width="10" height="10" fill="#555555" transform="rotate(${f(angleOf(m.date))} ${f(x)} ${f(y)})"/>`);
  }
  // The centre: the year and the legend.
  parts.push(`<text x="${C}" y="${C - 42}" text-anchor="middle" font-size="34" font-weight="700" fill="#1d3557">${input.year}</text>`);
  const audiences = [...new Set(input.deadlines.map((d) => d.audience))];
  const legend: string[] = audiences.map((a) => `${marker(a, 0, 0)}<text x="20" y="0" dominant-baseline="central" font-size="12" fill="#222222">${AUDIENCE_LEGEND[a]}</text>`);
  if (input.meetings.length) legend.push(`<rect x="-5" y="-5" width="10" height="10" fill="#555555"/><text x="20" y="0" dominant-baseline="central" font-size="12" fill="#222222">${esc(input.meetingsLabel)} sammanträder</text>`);
  legend.forEach((item, i) => parts.push(`<g transform="translate(${C - 62} ${C - 8 + i * 26})">${item}</g>`));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="Source Sans 3, Source Sans Pro, sans-serif">` +
    `<title id="${id}-title">${esc(input.title)}</title><desc id="${id}-desc">${esc(wheelDescription(input))}</desc>${parts.join('')}</svg>`;
}

export interface CycleRow { date: string; endDate: string | null; heading: string; text: string; audience: Audience }

/** "Årshjul 2025 - Umeå kommunfullmäktige" (the reference's wording for the council). */
export const wheelTitle = (municipality: string, year: number): string =>
  `Årshjul ${year} - ${municipality.replace(/ kommun$/, '')} kommunfullmäktige`;

/**
 * The wheel's numbered items: one per distinct (dates, heading); the same day for several audiences (e.g.
 * "Nuläge & framtid" for committees and companies) is one item naming them all.
 */
export function wheelItems(rows: readonly CycleRow[]) {
  const items: { number: number; date: string; endDate: string | null; heading: string; text: string; audiences: Audience[] }[] = [];
  for (const r of rows) {
    const same = items.find((i) => i.date === r.date && i.endDate === r.endDate && i.heading === r.heading && i.text === r.text);
    if (same) { if (!same.audiences.includes(r.audience)) same.audiences.push(r.audience); continue; }
    items.push({ number: items.length + 1, date: r.date, endDate: r.endDate, heading: r.heading, text: r.text, audiences: [r.audience] });
  }
  return items;
}

export interface WheelSource { rows: readonly CycleRow[]; meetings: readonly { date: string }[]; meetingsLabel: string; note: string }

export function wheelInput(frame: { municipality: string; year: number }, source: WheelSource): WheelInput {
  return {
    year: frame.year, title: wheelTitle(frame.municipality, frame.year), meetingsLabel: source.meetingsLabel, meetings: source.meetings,
    deadlines: wheelItems(source.rows).map((i) => ({ number: i.number, date: i.date, endDate: i.endDate, heading: i.heading, audience: i.audiences[0]! })),
  };
}
