/**
 * OParl value formats: date-time as `yyyy-mm-ddThh:mm:ss±hh:mm`, meeting times in Swedish local time, and the
 * Swedish words used for states, roles and organ kinds.
 */
export const OPARL_SCHEMA = 'https://schema.oparl.org/1.1/';

export type OparlType = 'System' | 'Body' | 'Organization' | 'Person' | 'Membership' | 'Meeting' | 'AgendaItem' | 'Paper'
  | 'Consultation' | 'File' | 'Location' | 'LegislativeTerm';

export const typeUrl = (type: OparlType): string => `${OPARL_SCHEMA}${type}`;

/** An instant in UTC, without fractions: 2024-05-21T06:30:00+00:00. */
export const dateTime = (instant: Date): string => instant.toISOString().replace(/\.\d{3}Z$/, '+00:00');

const OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });

/** A wall-clock time in Sweden on a date, with its UTC offset that day: 2024-05-21T08:30:00+02:00. */
export function swedishDateTime(date: string, time: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const name = OFFSET.formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${date}T${time.slice(0, 5)}:00${offset}`;
}

export const latest = (...instants: (Date | null | undefined)[]): Date =>
  new Date(Math.max(...instants.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));

export const MEETING_STATE: Record<string, string> = { planned: 'planerat', called: 'kallat', held: 'genomfört', adjusted: 'justerat', cancelled: 'inställt' };
export const ORGAN_KIND: Record<string, string> = {
  council: 'Kommunfullmäktige', executive_board: 'Kommunstyrelse', committee: 'Nämnd', sub_committee: 'Utskott', drafting_committee: 'Beredning',
};
export const MEMBERSHIP_ROLE: Record<string, string> = { chair: 'Ordförande', vice_chair: 'Vice ordförande', member: 'Ledamot', substitute: 'Ersättare' };
export const CONSULTATION_ROLE: Record<string, string> = { decides: 'Beslutar', prepares: 'Bereder' };
export const OUTCOME: Record<string, string> = { final: 'Beslutat', to_organ: 'Berett', noted: 'Antecknat' };
