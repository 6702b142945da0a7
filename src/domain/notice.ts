/**
 * When a meeting must be announced and its members called (R-CALL-1, R-CALL-2), shown as warnings with the
 * dates computed.
 */
import type { OrganKind } from './organisation.ts';

export interface NoticeRule { organKind: OrganKind; meetingDate: string; today: string; noticeDays: number }
export interface NoticeDeadlines {
  /** Last day to send the notice to members and substitutes. */
  callMembersBy: string;
  /** KF only: last day to post the announcement on the notice board (KL 5:13). */
  announceBy: string | null;
  /** KF only: last day to announce an urgent matter (the weekday before, KL 5:14). */
  urgentMattersBy: string | null;
  warnings: string[];
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayBefore(date: string): string {
  let d = addDays(date, -1);
  while ([0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay())) d = addDays(d, -1);
  return d;
}

/** R-CALL-1 (KF: at least one week before, members and substitutes alike); R-CALL-2 (committees: the reglemente's notice period, default 5 days). */
export function noticeDeadlines(rule: NoticeRule): NoticeDeadlines {
  const council = rule.organKind === 'council';
  const days = council ? Math.max(7, rule.noticeDays) : rule.noticeDays;
  const callMembersBy = addDays(rule.meetingDate, -days);
  const announceBy = council ? addDays(rule.meetingDate, -7) : null;
  const warnings: string[] = [];
  if (rule.today > callMembersBy) {
    warnings.push(`Kallelsen skulle ha skickats senast ${callMembersBy} (${days} dagar före sammanträdet ${rule.meetingDate}).`);
  }
  if (announceBy && rule.today > announceBy) {
    warnings.push(`Kungörelsen på anslagstavlan skulle ha publicerats senast ${announceBy} (KL 5 kap. 13 §).`);
  }
  return { callMembersBy, announceBy, urgentMattersBy: council ? weekdayBefore(rule.meetingDate) : null, warnings };
}
