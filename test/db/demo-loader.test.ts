/**
 * The demo municipality loads into an empty database exactly once, with its numbers, documents, files, secrecy
 * marks and staff accounts; then its outcome: the reference meeting conducted through the use cases, its
 * minutes adjusted and announced, the extracts dispatched, and today's notice board.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { useDatabase } from '../support/fixtures.ts';
import { loadDemoIfEmpty } from '../../src/demo/load.ts';
import * as demo from '../../src/demo/data.ts';
import { LoginThrottle } from '../../src/auth/loginThrottle.ts';
import { actorOf, loadUserView, login } from '../../src/use-cases/sessions.ts';
import { createCase } from '../../src/use-cases/createCase.ts';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { MEMBER_ACCOUNT_PERSON } from '../../src/demo/loadMeetings.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { lastAppealDay } from '../../src/domain/appeal.ts';
import { pageTexts } from '../support/pdf.ts';

for (const backend of testBackends()) {
  describe(`${backend.name}: demo loader`, () => {
    const database = useDatabase(backend);
    const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => (await database.services.db.execute(query)).rows as T[];

    it('loads the demo municipality once; the second call returns null and adds nothing', async () => {
      const printed = await loadDemoIfEmpty(database.services);
      expect(printed).toContain('Umeå kommun');
      for (const u of demo.users) expect(printed).toContain(u.username);
      const counts = async () => (await rows<{ n: number }>(sql`SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM documents) * 1000 AS n`))[0]!.n;
      const before = await counts();
      expect(await loadDemoIfEmpty(database.services)).toBeNull();
      expect(await counts()).toBe(before);
      expect(await rows(sql`SELECT id FROM bodies`)).toHaveLength(1);
    });

    it('R-REG-4: has every demo case and KS-2024/00456-2 with a PDF file', async () => {
      const numbers = (await rows<{ number: string }>(sql`SELECT number FROM cases ORDER BY number`)).map((r) => r.number);
      expect(numbers).toEqual(demo.cases.map((c) => c.number).sort());
      const [doc] = await rows<{ number: string; media_type: string; size: number }>(
        sql`SELECT d.number, f.media_type, f.size FROM documents d JOIN files f ON f.document_id = d.id WHERE d.number = 'KS-2024/00456-2'`);
      expect(doc).toMatchObject({ number: 'KS-2024/00456-2', media_type: 'application/pdf' });
      expect(Number(doc!.size)).toBeGreaterThan(500);
      const documents = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM documents`);
      // The grant applications the registers' demo registers continue their cases' numbering (4 climate, 20 Miljöskjutsen).
      const applications = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM documents WHERE details->>'grantApplication' = 'true'`);
      expect(Number(applications[0]!.n)).toBe(24);
      expect(Number(documents[0]!.n)).toBe(demo.cases.reduce((n, c) => n + c.documents.length, 0) + 24);
    });

    it('R-REG-5: secret-marks every procurement document for KSNAU under OSL 19 kap. 3 §', async () => {
      const marks = await rows<{ case_number: string; legal_ground: string; organ: string }>(sql`
        SELECT c.number AS case_number, m.legal_ground, o.code AS organ FROM secrecy_marks m
        JOIN documents d ON d.id = m.document_id JOIN cases c ON c.id = d.case_id JOIN organs o ON o.id = m.organ_id
        WHERE c.number IN ('KS-2024/00410', 'KS-2024/00415', 'KS-2024/00420')`);
      expect(marks).toHaveLength(6);
      for (const m of marks) expect(m).toMatchObject({ legal_ground: 'OSL 19 kap. 3 §', organ: 'KSNAU' });
    });

    it('R-REG-4: the case counter continues after the highest demo number of the year', async () => {
      const [body] = await rows<{ id: string }>(sql`SELECT id FROM bodies`);
      const [registry] = await rows<{ id: string }>(sql`SELECT id FROM registries WHERE code = 'KS'`);
      const [user] = await rows<{ id: string }>(sql`SELECT id FROM users WHERE username = 'registrator'`);
      const ctx = { ...database.services, actor: actorOf((await loadUserView(database.services.db, user!.id))!, body!.id) };
      const highest = Math.max(...demo.cases.filter((c) => c.number.startsWith('KS-2024/')).map((c) => Number(c.number.slice(-5))));
      const created = await createCase(ctx, { registryId: registry!.id, title: 'Första ärendet efter demodata' });
      expect(created.number).toBe(`KS-2024/${String(highest + 1).padStart(5, '0')}`);
    });

    it('creates the staff accounts with the demo password and per-organ secret access', async () => {
      const result = await login(database.services.db, database.services.clock, new LoginThrottle(), { username: 'registrator', password: demo.demoPassword, address: '127.0.0.1' });
      expect(result.user).toMatchObject({ username: 'registrator', roles: ['registrar'], protectedDataAccess: true });
      const secret = await rows<{ username: string; organ: string }>(sql`
        SELECT u.username, o.code AS organ FROM user_organ_access a JOIN users u ON u.id = a.user_id JOIN organs o ON o.id = a.organ_id
        WHERE a.secret ORDER BY u.username, o.code`);
      expect(secret.filter((r) => r.username === 'registrator').map((r) => r.organ)).toEqual(['KS', 'KSNAU']);
      expect(secret.filter((r) => r.username === 'registrator2')).toEqual([]);
    });

    it('links `ledamot` to a KSNAU member other than the chair behind `ordforande`', async () => {
      const linked = await rows<{ username: string; name: string }>(sql`
        SELECT u.username, p.given_name || ' ' || p.family_name AS name FROM users u JOIN people p ON p.id = u.person_id
        WHERE u.username IN ('ledamot', 'ordforande', 'justerare') ORDER BY u.username`);
      expect(linked).toEqual([{ username: 'justerare', name: 'Jenny Brännström' }, { username: 'ledamot', name: 'Elin Forsberg' }, { username: 'ordforande', name: 'Mikael Holmberg' }]);
      expect(MEMBER_ACCOUNT_PERSON).toBe('elin.forsberg');
    });

    // Runs after the case-counter test: adjusting the minutes opens the organ's minutes case.
    it('R-MIN-2, R-MEET-3, R-MEET-5, R-JUST-1, R-APPEAL-1, R-MIN-3: the outcome of KSNAU 2024-05-21 is loaded through the use cases', async () => {
      const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-demo-outbox-'));
      const services = { ...database.services, mailer: createMailer({ outboxDir }) };
      try {
        const printed = await loadDemoOutcome(services);
        expect(printed).toContain('2024-06-14');
        expect(await loadDemoOutcome(services)).toBeNull();
      } finally {
        fs.rmSync(outboxDir, { recursive: true, force: true });
      }
      const [meeting] = await rows<{ id: string; state: string }>(sql`SELECT m.id, m.state FROM meetings m JOIN organs o ON o.id = m.organ_id WHERE o.code = 'KSNAU' AND m.date = '2024-05-21'`);
      expect(meeting!.state).toBe('adjusted');
      const name = sql`(SELECT given_name || ' ' || family_name FROM people WHERE id = `;

      const subs = await rows<{ sub: string; seat: string }>(sql`SELECT ${name} s.substitute_person_id) AS sub, ${name} s.for_person_id) AS seat FROM substitute_assignments s WHERE s.meeting_id = ${meeting!.id}`);
      expect(subs).toEqual([{ sub: 'Johan Nyström', seat: 'Elin Forsberg' }]);
      const jav = await rows<{ who: string; paragraph: number }>(sql`SELECT ${name} d.person_id) AS who, a.paragraph FROM disqualifications d JOIN agenda_items a ON a.id = d.agenda_item_id WHERE d.meeting_id = ${meeting!.id}`);
      expect(jav).toEqual([{ who: 'Moa Selin', paragraph: 181 }]);
      const votes = await rows<{ kind: string; paragraph: number; ballots: Record<string, string>; tally: { yes: number; no: number; abstain: number } }>(sql`
        SELECT v.kind, a.paragraph, v.ballots, v.tally FROM votes v JOIN agenda_items a ON a.id = v.agenda_item_id WHERE a.meeting_id = ${meeting!.id} AND v.kind <> 'acclamation'`);
      expect(votes).toHaveLength(1);
      expect(votes[0]).toMatchObject({ kind: 'open', paragraph: 184, tally: { yes: 3, no: 1, abstain: 1 } });
      expect(Object.values(votes[0]!.ballots).sort()).toEqual(['abstain', 'no', 'yes', 'yes', 'yes']);
      const dissents = await rows<{ kind: string; paragraph: number }>(sql`SELECT r.kind, a.paragraph FROM reservations r JOIN agenda_items a ON a.id = r.agenda_item_id WHERE a.meeting_id = ${meeting!.id}`);
      expect(dissents).toEqual([{ kind: 'dissent', paragraph: 184 }]);
      const decided = await rows<{ paragraph: number; outcome: string; organ: string | null }>(sql`
        SELECT a.paragraph, d.outcome, o.code AS organ FROM agenda_items a LEFT JOIN item_decisions d ON d.agenda_item_id = a.id LEFT JOIN organs o ON o.id = d.to_organ_id
        WHERE a.meeting_id = ${meeting!.id} ORDER BY a.paragraph`);
      expect(decided.map((d) => d.paragraph)).toEqual([177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189]);
      expect(decided.filter((d) => !d.outcome)).toEqual([]);
      expect(decided.filter((d) => d.outcome === 'to_organ').map((d) => [d.paragraph, d.organ])).toEqual([177, 184, 185, 186, 187, 188].map((n) => [n, 'KS']));
      expect(decided.filter((d) => d.outcome === 'noted').map((d) => d.paragraph)).toEqual([183, 189]);

      const [minutes] = await rows<{ id: string; state: string; pdf_sha256: string; public_pdf_sha256: string }>(sql`SELECT id, state, pdf_sha256, public_pdf_sha256 FROM minutes WHERE meeting_id = ${meeting!.id}`);
      expect(minutes!.state).toBe('adjusted');
      const signatures = await rows<{ role: string; decision: string; day: string }>(sql`
        SELECT role, decision, to_char(signed_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day FROM minutes_signatures WHERE minutes_id = ${minutes!.id} ORDER BY signed_at`);
      expect(signatures).toEqual([{ role: 'chair', decision: 'signed', day: '2024-05-24' }, { role: 'adjuster', decision: 'signed', day: '2024-05-24' }]);
      const titlePage = pageTexts(await database.services.files.get(minutes!.pdf_sha256))[0]!.replace(/\s+/g, ' ');
      expect(titlePage).toContain('Johan Nyström (S), tjg för Elin Forsberg (S)');
      expect(titlePage).toContain('Lisa Engström (S), tjg för Moa Selin (MP) § 181');
      expect(titlePage).toContain('kl. 13:15–15:30');
      const publicTitle = pageTexts(await database.services.files.get(minutes!.public_pdf_sha256))[0]!.replace(/\s+/g, ' ');
      expect(publicTitle).toContain('Justerat digitalt 2024-05-24');

      const [posting] = await rows<{ id: string; posted_on: string; last_appeal_day: string; removed_on: string }>(sql`
        SELECT id, posted_on::text, last_appeal_day::text, removed_on::text FROM postings WHERE meeting_id = ${meeting!.id} AND kind = 'adjusted_minutes'`);
      expect(posting).toMatchObject({ posted_on: '2024-05-24', last_appeal_day: lastAppealDay('2024-05-24'), removed_on: '2024-06-17' });
      expect(posting!.last_appeal_day).toBe('2024-06-14');
      const history = await rows<{ kind: string }>(sql`SELECT kind FROM posting_events WHERE posting_id = ${posting!.id} ORDER BY at`);
      expect(history.map((h) => h.kind)).toEqual(['posted', 'removed']);

      const extracts = await rows<{ paragraph: number; direction: string; kind: string; counterparty: string; registered: string }>(sql`
        SELECT a.paragraph, d.direction, d.kind, d.counterparty_name AS counterparty, d.registered_date::text AS registered FROM extracts e
        JOIN agenda_items a ON a.id = e.agenda_item_id JOIN documents d ON d.id = e.document_id WHERE a.meeting_id = ${meeting!.id} ORDER BY a.paragraph`);
      expect(extracts.map((e) => e.paragraph)).toEqual([177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188]);
      for (const e of extracts) expect(e).toMatchObject({ direction: 'outgoing', kind: 'minutes_extract', registered: '2024-05-24', counterparty: expect.stringMatching(/\S/) });
      expect(extracts.find((e) => e.paragraph === 186)!.counterparty).toBe('Kommunstyrelsen, Kommunrevisionen');

      const board = await rows<{ kind: string; organ: string }>(sql`
        SELECT p.kind, o.code AS organ FROM postings p JOIN organs o ON o.id = p.organ_id WHERE p.removed_on IS NULL ORDER BY p.kind`);
      expect(board).toEqual([{ kind: 'delegated_decision', organ: 'KS' }, { kind: 'meeting_announcement', organ: 'KF' }]);
    });
  });
}
