import { describe, it, expect } from 'vitest';
import {
  body,
  cases,
  demoPassword,
  memberships as allMemberships,
  organs,
  parties,
  people,
  procurementCaseNumbers,
  registries,
  secretTextMarkers,
  term,
  terms,
  users,
  type DemoCase,
} from '../../src/demo/data.ts';
import { meetingItems } from '../../src/demo/reports.ts';
import { absentMember, councilMeeting, decisions, disqualification, meetingHeader, meetingTimes, presentFromStart, rollCall } from '../../src/demo/meetingOutcome.ts';
import { councilMeetingDate } from '../../src/demo/boardToday.ts';
import { MEMBER_ACCOUNT_PERSON } from '../../src/demo/loadMeetings.ts';
import { swedishDate } from '../../src/domain/dates.ts';
import { isNonWorkingDay, plusDays, weekday } from '../../src/domain/holidays.ts';
import { lastAppealDay, removableFrom } from '../../src/domain/appeal.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
function isValidDate(value: string): boolean {
  return isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

const organCodes = new Set(organs.map((o) => o.code));
const partyCodes = new Set(parties.map((p) => p.code));
const personKeys = new Set(people.map((p) => p.key));
const usernames = new Set(users.map((u) => u.username));

function caseByNumber(number: string): DemoCase {
  const found = cases.find((c) => c.number === number);
  if (!found) throw new Error(`missing case ${number}`);
  return found;
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('demo data: organisation', () => {
  it('describes Umeå kommun and the 2023–2026 term', () => {
    expect(body).toMatchObject({ name: 'Umeå kommun', orgNumber: '212000-2742' });
    expect(term).toEqual({ name: 'Mandatperiod 2023–2026', startsOn: '2023-01-01', endsOn: '2026-12-31' });
    expect(demoPassword).toBe('demo');
  });

  it('has a KS registry with the reference number formats', () => {
    const ks = registries.find((r) => r.code === 'KS');
    expect(ks).toMatchObject({ organCode: 'KS', caseNumberFormat: '{series}-{year}/{seq:5}', documentNumberFormat: '{case}-{n}' });
    for (const r of registries) expect(organCodes.has(r.organCode)).toBe(true);
  });

  it('has unique organ codes, and every sub_committee has an existing parent', () => {
    expect(duplicates(organs.map((o) => o.code))).toEqual([]);
    for (const organ of organs) {
      if (organ.kind === 'sub_committee') expect(organ.parentCode, organ.code).toBeDefined();
      if (organ.parentCode !== undefined) expect(organCodes.has(organ.parentCode), organ.code).toBe(true);
    }
    expect(organs.filter((o) => o.kind === 'sub_committee').map((o) => o.code).sort()).toEqual(['KSHU', 'KSNAU', 'KSPLU']);
  });

  it('has the eight parties', () => {
    expect([...partyCodes].sort()).toEqual(['C', 'KD', 'L', 'M', 'MP', 'S', 'SD', 'V']);
  });
});

/** The seats of the reference meeting's term; the next term repeats them (checked below). */
const memberships = allMemberships.filter((m) => m.startsOn === term.startsOn);

describe('demo data: people and memberships', () => {
  it('repeats the seats in every term, each within its term', () => {
    const seat = (m: (typeof allMemberships)[number]) => `${m.organCode}:${m.personKey}:${m.role}:${m.substituteOrder ?? ''}`;
    for (const t of terms) {
      const own = allMemberships.filter((m) => m.startsOn === t.startsOn);
      expect(own.every((m) => m.endsOn === t.endsOn), t.name).toBe(true);
      expect(own.map(seat).sort(), t.name).toEqual(memberships.map(seat).sort());
    }
    expect(allMemberships).toHaveLength(memberships.length * terms.length);
  });

  it('has unique person keys and e-mail addresses on example.se, and known parties', () => {
    expect(duplicates(people.map((p) => p.key))).toEqual([]);
    expect(duplicates(people.map((p) => p.email))).toEqual([]);
    for (const p of people) {
      expect(partyCodes.has(p.partyCode), p.key).toBe(true);
      expect(p.email).toMatch(/^[a-z]+\.[a-z]+@example\.se$/);
    }
  });

  it('resolves every membership to a person and an organ, within the term', () => {
    for (const m of memberships) {
      expect(personKeys.has(m.personKey), m.personKey).toBe(true);
      expect(organCodes.has(m.organCode), m.organCode).toBe(true);
      expect(isValidDate(m.startsOn) && isValidDate(m.endsOn)).toBe(true);
      expect(m.startsOn >= term.startsOn && m.endsOn <= term.endsOn && m.startsOn <= m.endsOn).toBe(true);
    }
  });

  it('gives every person at least one seat, and nobody two seats in the same organ', () => {
    const seated = new Set(memberships.map((m) => m.personKey));
    expect(people.filter((p) => !seated.has(p.key)).map((p) => p.key)).toEqual([]);
    expect(duplicates(memberships.map((m) => `${m.organCode}:${m.personKey}`))).toEqual([]);
  });

  it('has one chair and one vice chair per organ', () => {
    for (const code of organCodes) {
      const seats = memberships.filter((m) => m.organCode === code);
      expect(seats.filter((m) => m.role === 'chair'), code).toHaveLength(1);
      expect(seats.filter((m) => m.role === 'vice_chair'), code).toHaveLength(1);
    }
  });

  it('numbers substitutes 1..n without gaps per organ, and only substitutes', () => {
    for (const code of organCodes) {
      const seats = memberships.filter((m) => m.organCode === code);
      const orders = seats.filter((m) => m.role === 'substitute').map((m) => m.substituteOrder);
      expect([...orders].sort((a, b) => (a ?? 0) - (b ?? 0)), code).toEqual(orders.map((_, i) => i + 1));
      for (const m of seats) if (m.role !== 'substitute') expect(m.substituteOrder).toBeUndefined();
    }
  });

  it('has the requested seat counts', () => {
    const count = (code: string) => {
      const seats = memberships.filter((m) => m.organCode === code);
      return { members: seats.filter((m) => m.role !== 'substitute').length, substitutes: seats.filter((m) => m.role === 'substitute').length };
    };
    expect(count('KSNAU')).toEqual({ members: 5, substitutes: 5 });
    expect(count('KSPLU')).toEqual({ members: 5, substitutes: 3 });
    expect(count('KSHU')).toEqual({ members: 5, substitutes: 3 });
    expect(count('KS')).toEqual({ members: 13, substitutes: 7 });
    expect(count('KF')).toEqual({ members: 15, substitutes: 5 });
  });

  it('makes S the largest party in KF', () => {
    const byParty = new Map<string, number>();
    for (const m of memberships.filter((x) => x.organCode === 'KF' && x.role !== 'substitute')) {
      const party = people.find((p) => p.key === m.personKey)?.partyCode ?? '?';
      byParty.set(party, (byParty.get(party) ?? 0) + 1);
    }
    const s = byParty.get('S') ?? 0;
    for (const [party, n] of byParty) if (party !== 'S') expect(n).toBeLessThan(s);
  });
});

describe('demo data: users', () => {
  it('has the named accounts, with known organs', () => {
    expect(duplicates(users.map((u) => u.username))).toEqual([]);
    for (const name of ['registrator', 'registrator2', 'handlaggare', 'sekreterare', 'admin', 'granskare']) {
      expect(usernames.has(name), name).toBe(true);
    }
    for (const u of users) for (const a of u.organAccess) expect(organCodes.has(a.organCode), u.username).toBe(true);
    for (const role of ['registrar', 'case_officer', 'secretary', 'admin', 'auditor'] as const) {
      expect(users.some((u) => u.roles.includes(role)), role).toBe(true);
    }
  });

  it('grants secret access as specified', () => {
    const secretOrgans = (username: string) =>
      users.find((u) => u.username === username)!.organAccess.filter((a) => a.secret).map((a) => a.organCode).sort();
    expect(secretOrgans('registrator')).toEqual(['KS', 'KSNAU']);
    expect(secretOrgans('registrator2')).toEqual([]);
    expect(secretOrgans('sekreterare')).toEqual(['KSNAU']);
    expect(users.find((u) => u.username === 'granskare')!.protectedDataAccess).toBe(false);
  });
});

describe('demo data: cases and documents', () => {
  it('has unique, well-formed case numbers whose year matches the opening date', () => {
    expect(duplicates(cases.map((c) => c.number))).toEqual([]);
    for (const c of cases) {
      expect(c.number).toMatch(/^KS-\d{4}\/\d{5}$/);
      expect(c.number.slice(3, 7), c.number).toBe(c.openedOn.slice(0, 4));
    }
  });

  it('contains every case of the reference meeting book', () => {
    const numbers = new Set(cases.map((c) => c.number));
    for (const n of [
      'KS-2023/00651', 'KS-2024/00361', 'KS-2024/00456', 'KS-2024/00457', 'KS-2024/00167', 'KS-2024/00179',
      'KS-2024/00133', 'KS-2023/00675', 'KS-2024/00482', 'KS-2024/00500',
    ]) {
      expect(numbers.has(n), n).toBe(true);
    }
  });

  it('resolves organs and case officers, and has valid dates in registration order before the meeting', () => {
    for (const c of cases) {
      expect(organCodes.has(c.organCode), c.number).toBe(true);
      if (c.caseOfficer !== undefined) expect(usernames.has(c.caseOfficer), c.number).toBe(true);
      expect(isValidDate(c.openedOn), c.number).toBe(true);
      expect(c.documents.length, c.number).toBeGreaterThan(0);
      let previous = c.openedOn;
      for (const [i, d] of c.documents.entries()) {
        const label = `${c.number}-${i + 1}`;
        expect(isValidDate(d.registeredDate), label).toBe(true);
        expect(d.registeredDate >= previous, label).toBe(true);
        expect(d.registeredDate < '2024-05-21', label).toBe(true);
        previous = d.registeredDate;
        if (d.secrecy) expect(organCodes.has(d.secrecy.organCode), label).toBe(true);
        if (d.direction === 'incoming') expect(d.counterparty, label).toBeDefined();
        expect(d.description.length, label).toBeGreaterThan(0);
      }
    }
  });

  it('has KS-2024/00456-2 and KS-2024/00457-2', () => {
    expect(caseByNumber('KS-2024/00456').documents.length).toBeGreaterThanOrEqual(2);
    expect(caseByNumber('KS-2024/00456').documents[1]!.fileText).toContain('KS-2024/00456-2');
    expect(caseByNumber('KS-2024/00457').documents[1]!.fileText).toContain('KS-2024/00457-2');
  });

  it('lists 20 Miljöskjutsen applications in KS-2024/00457-2', () => {
    const text = caseByNumber('KS-2024/00457').documents[1]!.fileText ?? '';
    expect(text.split('\n').filter((line) => /^\d+ \| /.test(line))).toHaveLength(20);
  });

  it('starts the motions with the incoming motion', () => {
    expect(caseByNumber('KS-2024/00167').documents[0]).toMatchObject({ kind: 'motion', direction: 'incoming', registeredDate: '2024-02-06' });
    expect(caseByNumber('KS-2024/00179').documents[0]).toMatchObject({ kind: 'motion', direction: 'incoming', registeredDate: '2024-02-08' });
  });

  it('secret-marks every procurement document under OSL 19 kap. 3 § for KSNAU, with a marker in its text', () => {
    expect(procurementCaseNumbers).toHaveLength(3);
    for (const number of procurementCaseNumbers) {
      const c = caseByNumber(number);
      expect(c.title).toMatch(/^Upphandling: /);
      expect(c.documents.length).toBeGreaterThanOrEqual(2);
      for (const d of c.documents) {
        expect(d.secrecy).toEqual({ legalGround: 'OSL 19 kap. 3 §', organCode: 'KSNAU' });
        expect(secretTextMarkers.some((m) => d.fileText?.includes(m)), number).toBe(true);
      }
    }
  });

  it('keeps secret markers out of every document that is not secret-marked', () => {
    for (const c of cases) {
      for (const d of c.documents) {
        if (d.secrecy) continue;
        for (const m of secretTextMarkers) expect(d.fileText ?? '', c.number).not.toContain(m);
        for (const m of secretTextMarkers) expect(d.description, c.number).not.toContain(m);
      }
    }
  });

  it('has a protected-identity letter whose public title and description do not name the writer', () => {
    const letters = cases.flatMap((c) => c.documents.map((d) => ({ c, d }))).filter(({ d }) => d.counterparty?.protectedIdentity);
    expect(letters.length).toBeGreaterThan(0);
    for (const { c, d } of letters) {
      expect(d.counterparty!.address).toBe('Skyddad adress');
      expect(d.publicDescription).toBeDefined();
      expect(d.publicDescription).not.toContain(d.counterparty!.name);
      expect(c.publicTitle ?? c.title).not.toContain(d.counterparty!.name);
    }
  });
});

describe('demo data: the outcome of the reference meeting', () => {
  const ksnau = memberships.filter((m) => m.organCode === 'KSNAU');
  const seatOf = (key: string) => ksnau.find((m) => m.personKey === key);
  const stockholmDay = (iso: string) => swedishDate(new Date(iso));

  it('decides every paragraph of the agenda once, with the outcome its section calls for', () => {
    expect(decisions.map((d) => d.paragraph)).toEqual(meetingItems.map((i) => i.paragraph));
    for (const item of meetingItems) {
      const decision = decisions.find((d) => d.paragraph === item.paragraph)!;
      const expected = item.kind === 'to_council' ? 'to_organ' : item.kind === 'information' ? 'noted' : 'final';
      expect(decision.outcome, `§ ${item.paragraph}`).toBe(expected);
      expect(decision.summary.length, `§ ${item.paragraph}`).toBeGreaterThan(40);
    }
  });

  it('R-MIN-3: sends decisions to named recipients with addresses on example.se only', () => {
    for (const d of decisions) {
      for (const r of d.distribution) {
        expect(r.name.trim(), `§ ${d.paragraph}`).not.toBe('');
        if (r.email) expect(r.email, `§ ${d.paragraph}`).toMatch(/^[a-z.-]+@example\.se$/);
      }
    }
    expect(decisions.filter((d) => d.distribution.length === 0).map((d) => d.paragraph)).toEqual([189]);
  });

  it('R-MIN-3: keeps secret procurement markers out of the public summaries', () => {
    for (const d of decisions) for (const m of secretTextMarkers) expect(d.summary).not.toContain(m);
  });

  it('R-MEET-2/3: the absent member has a seat and is not present; jäv, chair, adjuster and voters sit in KSNAU', () => {
    expect(seatOf(absentMember)?.role).toBe('member');
    expect(presentFromStart).not.toContain(absentMember);
    for (const key of presentFromStart) expect(seatOf(key), key).toBeDefined();
    expect(presentFromStart.filter((k) => seatOf(k)!.role === 'substitute').length).toBeGreaterThanOrEqual(2);
    expect(seatOf(meetingHeader.chair)?.role).toBe('chair');
    for (const key of meetingHeader.adjusters) {
      expect(seatOf(key)?.role).toBe('member');
      expect(key).not.toBe(meetingHeader.chair);
    }
    expect(presentFromStart).toContain(disqualification.person);
    expect(seatOf(rollCall.counter.person)?.role).not.toBe('substitute');
    expect(seatOf(rollCall.dissent.person)).toBeDefined();
    expect(rollCall.ballots[rollCall.dissent.person]).toBe('no');
    expect(new Set(Object.values(rollCall.ballots))).toEqual(new Set(['no', 'abstain']));
  });

  it('R-JUST-1, R-APPEAL-1: the steps follow each other; the minutes are adjusted on the day set at the meeting, within 14 days, and taken down after the appeal period', () => {
    const order = Object.values(meetingTimes).map((iso) => new Date(iso).getTime());
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(stockholmDay(meetingTimes.opened)).toBe('2024-05-21');
    expect(stockholmDay(meetingTimes.adjusterSigns)).toBe(meetingHeader.adjustmentDate);
    expect(meetingHeader.adjustmentDate <= plusDays('2024-05-21', 14)).toBe(true);
    expect(lastAppealDay(meetingHeader.adjustmentDate)).toBe('2024-06-14');
    expect(stockholmDay(meetingTimes.postingTakenDown) >= removableFrom(meetingHeader.adjustmentDate)).toBe(true);
  });

  it('R-CALL-1: the council meeting is on a working Monday at least a week after the load day', () => {
    expect(councilMeetingDate('2024-05-10')).toBe('2024-05-20');
    expect(councilMeetingDate('2025-04-11')).toBe('2025-04-28'); // 2025-04-21 is annandag påsk
    expect(councilMeetingDate('2024-12-19')).toBe('2024-12-30');
    for (const today of ['2024-01-01', '2025-06-13', '2026-11-28', '2027-02-28']) {
      const date = councilMeetingDate(today);
      expect(weekday(date)).toBe(1);
      expect(isNonWorkingDay(date)).toBe(false);
      expect(date >= plusDays(today, 7)).toBe(true);
      expect(date <= plusDays(today, 10 + 13)).toBe(true);
    }
    expect(councilMeeting.items.every((i) => councilMeeting.sections.includes(i.section))).toBe(true);
  });

  it('links the `ledamot` account to a KSNAU member who is not the chair behind `ordforande`', () => {
    expect(seatOf(MEMBER_ACCOUNT_PERSON)?.role).toBe('member');
    expect(MEMBER_ACCOUNT_PERSON).not.toBe(users.find((u) => u.username === 'ordforande')!.personKey);
  });
});
