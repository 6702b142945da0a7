/**
 * Locking of a meeting on PostgreSQL, where requests really run side by side (PGlite is one session, so there
 * they take turns anyway). The tests hold a row lock of their own to stop a request halfway, then watch which
 * requests wait and what is left when all are done.
 * - R-JUST-3: once the minutes go to signing, the meeting's record may no longer change — so sending the minutes
 *   must wait for a change of the meeting in progress, instead of freezing the minutes while it is about to commit.
 * - R-CALL-4: two notices of one meeting at once (a double click, two secretaries) send one notice and fix the
 *   paragraph numbers once, leaving no gap in the organ's numbering.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTestBackendName } from '../support/backends.ts';
import { loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import path from 'node:path';
import { fixedClock } from '../../src/clock.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { referenceMeetingFacts, type MinutesFixture } from './minutesFixture.ts';

describe.runIf(httpTestBackendName() === 'postgres')('the live meeting and its minutes under concurrent requests', () => {
  let demo: DemoApp;
  let facts: MinutesFixture;
  let secretary: Client;
  let blocker: pg.Client;
  let observer: pg.Client;

  beforeAll(async () => {
    demo = await startDemoApp();
    demo.db.services.clock = fixedClock('2024-05-23T09:00:00Z');
    facts = await referenceMeetingFacts(demo, true);
    secretary = await loginAs(demo.app, 'sekreterare');
    blocker = new pg.Client({ connectionString: demo.db.databaseUrl });
    observer = new pg.Client({ connectionString: demo.db.databaseUrl });
    await blocker.connect();
    await observer.connect();
  }, 120_000);
  afterAll(async () => {
    await blocker?.end();
    await observer?.end();
    await demo?.close();
  });

  /** Resolves once `count` sessions of this database wait for a lock (no time limit but the test's). */
  async function lockWaiters(count: number): Promise<void> {
    for (;;) {
      const { rows } = await observer.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (rows[0]!.n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('R-JUST-3: sending the minutes for signing waits for a change of the meeting in progress', async () => {
    const url = `/meetings/${facts.meetingId}`;
    expect((await secretary.post(`${url}/minutes/generate`)).statusCode).toBe(200);
    const version = ((await secretary.get(`${url}/conduct`)).json() as { conduct: { version: number } }).conduct.version;

    // Stop a change of the meeting's header after its checks, where it writes the header row.
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM meeting_conduct WHERE meeting_id = $1 FOR UPDATE', [facts.meetingId]);
    const change = secretary.patch(`${url}/conduct`, { version, adjustmentPlace: 'Kommunhuset, sal B' });
    await lockWaiters(1);

    const send = secretary.post(`${url}/minutes/send`);
    const first = await Promise.race([send.then(() => 'the minutes were sent'), lockWaiters(2).then(() => 'sending waits')]);
    await blocker.query('COMMIT');
    const [changed, sent] = await Promise.all([change, send]);
    expect(first).toBe('sending waits');

    // The change came first and is in the minutes' record; the minutes went to signing after it.
    expect(changed.statusCode, changed.body).toBe(200);
    expect(sent.statusCode, sent.body).toBe(200);
    const [row] = await demo.query<{ place: string; state: string }>(
      `SELECT c.adjustment_place AS place, m.state FROM meeting_conduct c JOIN minutes m ON m.meeting_id = c.meeting_id WHERE c.meeting_id = '${facts.meetingId}'`);
    expect(row).toEqual({ place: 'Kommunhuset, sal B', state: 'signing' });
  });

  it('R-CALL-4: of two notices of one meeting sent at once, one is sent and the numbers are fixed once', async () => {
    const outbox = path.join(demo.db.dataDir, 'outbox');
    demo.db.services.mailer = createMailer({ outboxDir: outbox });
    demo.db.services.clock = fixedClock('2025-01-15T09:00:00Z');
    secretary = await loginAs(demo.app, 'sekreterare'); // a session of 2024 has ended
    await demo.query(`UPDATE meetings SET state = 'held' WHERE date = '2024-05-21'`); // its cases may go on a new meeting
    const [{ id: organId, body_id: bodyId }] = await demo.query<{ id: string; body_id: string }>(`SELECT id, body_id FROM organs WHERE code = 'KSNAU'`);
    const created = await secretary.post('/meetings', { organId, date: '2025-02-04', startTime: '13:15', place: 'Kommunstyrelsens sammanträdesrum' });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json() as { id: string; sections: { id: string }[] };
    const cases = await demo.query<{ id: string }>(`SELECT id FROM cases WHERE number IN ('KS-2024/00456', 'KS-2024/00457') ORDER BY number`);
    for (const c of cases) {
      const added = await secretary.post(`/meetings/${meeting.id}/items`, { caseId: c.id, sectionId: meeting.sections[1]!.id });
      expect(added.statusCode, added.body).toBeLessThan(300);
    }
    await demo.query(`INSERT INTO paragraph_counters (body_id, organ_id, year, last_paragraph) VALUES ('${bodyId}', '${organId}', 2025, 0)`);

    // Stop the first notice where it takes the organ's next paragraph numbers; send the second meanwhile.
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM paragraph_counters WHERE organ_id = $1 AND year = 2025 FOR UPDATE', [organId]);
    const first = secretary.post(`/meetings/${meeting.id}/notice`);
    await lockWaiters(1);
    const second = secretary.post(`/meetings/${meeting.id}/notice`);
    await lockWaiters(2);
    await blocker.query('COMMIT');
    const answers = await Promise.all([first, second]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const paragraphs = await demo.query<{ paragraph: number }>(`SELECT paragraph FROM agenda_items WHERE meeting_id = '${meeting.id}' ORDER BY paragraph`);
    expect(paragraphs.map((p) => p.paragraph)).toEqual([1, 2]);
    const [counter] = await demo.query<{ last: number }>(`SELECT last_paragraph AS last FROM paragraph_counters WHERE organ_id = '${organId}' AND year = 2025`);
    expect(counter.last).toBe(2);
    const [notices] = await demo.query<{ n: number }>(`SELECT count(*)::int AS n FROM notices WHERE meeting_id = '${meeting.id}'`);
    expect(notices.n).toBe(1);
  });
});
