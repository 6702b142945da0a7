/**
 * The API's own addresses (`/oparl/v1.1/…`): one canonical URL per object and list. Public site pages and
 * files are addressed through src/portal/urls.ts.
 */
import type { OparlType } from './format.ts';

export const OPARL_PREFIX = '/oparl/v1.1';

/** Lists of a body (`/body/:id/<list>`). */
export const BODY_LISTS = ['organization', 'person', 'meeting', 'paper', 'agendaItem', 'consultation', 'file', 'location', 'legislativeTerm', 'membership'] as const;
export type BodyList = (typeof BODY_LISTS)[number];

const SEGMENT: Record<Exclude<OparlType, 'System'>, string> = {
  Body: 'body', Organization: 'organization', Person: 'person', Membership: 'membership', Meeting: 'meeting', AgendaItem: 'agendaItem',
  Paper: 'paper', Consultation: 'consultation', File: 'file', Location: 'location', LegislativeTerm: 'legislativeTerm',
};
export const segmentType = (segment: string): Exclude<OparlType, 'System'> | undefined =>
  (Object.entries(SEGMENT) as [Exclude<OparlType, 'System'>, string][]).find(([, s]) => s === segment)?.[0];

export class OparlUrls {
  constructor(readonly base: string) {}
  /** A public site address (from portalUrls) made absolute. */
  web(path: string): string { return `${this.base}${path}`; }
  system(): string { return `${this.base}${OPARL_PREFIX}/`; }
  bodies(): string { return `${this.base}${OPARL_PREFIX}/body`; }
  object(type: Exclude<OparlType, 'System'>, id: string): string { return `${this.base}${OPARL_PREFIX}/${SEGMENT[type]}/${id}`; }
  bodyList(bodyId: string, list: BodyList): string { return `${this.object('Body', bodyId)}/${list}`; }
  organizationMeetings(organId: string): string { return `${this.object('Organization', organId)}/meeting`; }
}
