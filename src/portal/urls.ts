/**
 * The public site's addresses: Swedish, readable and stable — a meeting's address never changes (organ codes
 * are fixed, a meeting keeps its date; a second meeting of an organ on the same day gets "-2"). Every page, feed
 * and the OParl `web` links are built here, nowhere else.
 */

/** "KSNAU" → "ksnau"; organ codes are fixed once created, so the segment is stable. */
export const organSlug = (organCode: string): string => organCode.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-');

/** "KS-2024/00361" → "ks-2024-00361" (any run of other characters becomes one dash). */
export const caseSlug = (caseNumber: string): string => caseNumber.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-').replace(/^-|-$/g, '');

/** The meeting's day, with "-2", "-3" … for further meetings of the organ that day (in start-time order). */
export const meetingSlug = (date: string, nthThatDay = 1): string => (nthThatDay > 1 ? `${date}-${nthThatDay}` : date);

export const portalUrls = {
  home: () => '/',
  board: () => '/anslagstavla',
  posting: (postingId: string) => `/anslagstavla/${postingId}`,
  appeal: () => '/overklaga',
  organs: () => '/organ',
  organ: (organCode: string) => `/organ/${organSlug(organCode)}`,
  organCalendar: (organCode: string) => `/organ/${organSlug(organCode)}/kalender.ics`,
  /** The annual cycle's deadlines the organ is responsible for (iCalendar). */
  organAnnualCycle: (organCode: string) => `/arshjul/${organSlug(organCode)}.ics`,
  meetings: () => '/sammantraden',
  meeting: (organCode: string, date: string, nthThatDay = 1) => `/organ/${organSlug(organCode)}/${meetingSlug(date, nthThatDay)}`,
  meetingBook: (organCode: string, date: string, nthThatDay = 1) => `/organ/${organSlug(organCode)}/${meetingSlug(date, nthThatDay)}/motesbok.pdf`,
  meetingMinutes: (organCode: string, date: string, nthThatDay = 1) => `/organ/${organSlug(organCode)}/${meetingSlug(date, nthThatDay)}/protokoll`,
  meetingMinutesPdf: (organCode: string, date: string, nthThatDay = 1) => `/organ/${organSlug(organCode)}/${meetingSlug(date, nthThatDay)}/protokoll.pdf`,
  case: (caseNumber: string) => `/arenden/${caseSlug(caseNumber)}`,
  cases: () => '/arenden',
  document: (documentId: string) => `/handlingar/${documentId}`,
  file: (fileId: string) => `/filer/${fileId}`,
  search: (query?: string) => (query ? `/sok?q=${encodeURIComponent(query)}` : '/sok'),
  accessibility: () => '/tillganglighet',
  boardFeed: () => '/anslagstavla.atom',
  minutesFeed: () => '/protokoll.atom',
  subscribe: (organCode?: string) => (organCode ? `/prenumerera?organ=${organSlug(organCode)}` : '/prenumerera'),
  oparl: () => '/oparl/v1.1/',
} as const;
