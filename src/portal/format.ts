/**
 * Swedish wording shared by the portal pages: dates written out ("tisdag 21 maj 2024") inside <time>, month
 * headings, and labels for meeting states, document kinds and directions.
 */
import { html, type SafeHtml } from './html.ts';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const parts = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** "21 maj 2024" */
export function longDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "tisdag 21 maj 2024" */
export function weekdayDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${longDate(iso)}`;
}

/** "Maj 2024" for a month heading. */
export function monthHeading(iso: string): string {
  const { y, m } = parts(iso);
  const name = MONTHS[m - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${y}`;
}

export const dateTag = (iso: string, text = longDate(iso)): SafeHtml => html`<time datetime="${iso}">${text}</time>`;

export const timeSpan = (start: string, end: string | null): string => (end ? `kl. ${start}–${end}` : `kl. ${start}`);

export const MEETING_STATE_LABELS: Record<string, string> = {
  planned: 'Planerat', called: 'Kallelse skickad', held: 'Genomfört', adjusted: 'Protokollet justerat', cancelled: 'Inställt',
};

export const ORGAN_KIND_LABELS: Record<string, string> = {
  council: 'Fullmäktige', executive_board: 'Styrelse', committee: 'Nämnd', sub_committee: 'Utskott', drafting_committee: 'Beredning',
};

export const ROLE_LABELS: Record<string, string> = { chair: 'ordförande', vice_chair: 'vice ordförande', member: 'ledamot', substitute: 'ersättare' };

export const DOCUMENT_KIND_LABELS: Record<string, string> = {
  letter: 'Skrivelse', official_report: 'Tjänsteskrivelse', motion: 'Motion', audit_report: 'Revisionsrapport', statement: 'Yttrande',
  annex: 'Bilaga', decision: 'Beslut', minutes_extract: 'Protokollsutdrag', other: 'Övrigt',
};

export const DIRECTION_LABELS: Record<string, string> = { incoming: 'Inkommen', outgoing: 'Utgående', internal: 'Upprättad' };

export const CASE_STATUS_LABELS: Record<string, string> = { open: 'Pågående', closed: 'Avslutat' };

/** "PDF", "Word", … from a media type, for link texts. */
export function fileKind(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType.includes('wordprocessingml') || mediaType === 'application/msword') return 'Word';
  if (mediaType.includes('opendocument.text')) return 'ODT';
  if (mediaType.startsWith('text/')) return 'text';
  if (mediaType.startsWith('image/')) return 'bild';
  return 'fil';
}
