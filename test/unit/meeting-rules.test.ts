import { describe, expect, it } from 'vitest';
import { formatParagraph, nextParagraphs, provisionalParagraphs } from '../../src/domain/paragraphs.ts';
import { addDays, noticeDeadlines } from '../../src/domain/notice.ts';
import { agendaChangeNeedsNewNotice, assertAgendaEditable, isAuthoritative, placementProblem } from '../../src/domain/agenda.ts';

describe('paragraph numbers', () => {
  it('R-CALL-4: shows § 177 in 2024 as 177/24', () => {
    expect(formatParagraph(177, 2024)).toBe('177/24');
    expect(formatParagraph(5, 2009)).toBe('5/09');
  });
  it('R-CALL-4: continues after the last fixed paragraph of the organ and year', () => {
    expect(nextParagraphs(176, 13)).toEqual([177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189]);
    expect(nextParagraphs(0, 2)).toEqual([1, 2]);
    expect(() => nextParagraphs(-1, 1)).toThrow();
  });
  it('R-CALL-4: fixed numbers stay, new items get provisional numbers in agenda order', () => {
    const numbers = provisionalParagraphs([{ id: 'a', paragraph: 12 }, { id: 'b', paragraph: null }, { id: 'c', paragraph: null }], 12);
    expect([...numbers.entries()]).toEqual([['a', 12], ['b', 13], ['c', 14]]);
  });
});

describe('notice deadlines', () => {
  it('R-CALL-2: a committee is called the reglemente\'s number of days before (default 5)', () => {
    const d = noticeDeadlines({ organKind: 'sub_committee', meetingDate: '2024-05-21', today: '2024-05-10', noticeDays: 5 });
    expect(d.callMembersBy).toBe('2024-05-16');
    expect(d.announceBy).toBeNull();
    expect(d.warnings).toEqual([]);
  });
  it('R-CALL-2: warns with the computed date when the notice is late', () => {
    const d = noticeDeadlines({ organKind: 'committee', meetingDate: '2024-05-21', today: '2024-05-17', noticeDays: 5 });
    expect(d.warnings[0]).toContain('2024-05-16');
  });
  it('R-CALL-1: KF is announced and members and substitutes called at least one week before', () => {
    const d = noticeDeadlines({ organKind: 'council', meetingDate: '2024-06-17', today: '2024-06-01', noticeDays: 5 });
    expect(d.callMembersBy).toBe('2024-06-10');
    expect(d.announceBy).toBe('2024-06-10');
    expect(d.urgentMattersBy).toBe('2024-06-14'); // Monday meeting: the weekday before is Friday
  });
  it('R-CALL-1: late KF announcement is warned about', () => {
    const d = noticeDeadlines({ organKind: 'council', meetingDate: '2024-06-17', today: '2024-06-12', noticeDays: 7 });
    expect(d.warnings.join(' ')).toContain('anslagstavlan');
  });
  it('adds days across month ends', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('agenda rules', () => {
  it('R-PREP-1: only decision items are authoritative consultations', () => {
    expect(isAuthoritative('decision')).toBe(true);
    expect(isAuthoritative('to_council')).toBe(false);
    expect(isAuthoritative('information')).toBe(false);
  });
  it('a case may stand on only one coming meeting of the same organ', () => {
    expect(placementProblem('KS-2024/00361', [{ meetingDate: '2024-05-21', meetingState: 'called', paragraph: '181/24' }], '2024-05-20')).toContain('181/24');
    expect(placementProblem('KS-2024/00361', [{ meetingDate: '2024-05-21', meetingState: 'held', paragraph: '181/24' }], '2024-05-20')).toBeNull();
    expect(placementProblem('KS-2024/00361', [{ meetingDate: '2024-05-21', meetingState: 'called', paragraph: '181/24' }], '2024-05-22')).toBeNull();
    expect(placementProblem('KS-2024/00361', [], '2024-05-20')).toBeNull();
  });
  it('R-CALL-2: agenda edits after the notice call for a new notice; held meetings are closed', () => {
    expect(agendaChangeNeedsNewNotice('called')).toBe(true);
    expect(agendaChangeNeedsNewNotice('planned')).toBe(false);
    expect(assertAgendaEditable('held')).toMatch(/hållet/);
    expect(assertAgendaEditable('planned')).toBeNull();
  });
});
