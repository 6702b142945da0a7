/**
 * Locking of the live meeting against its minutes on PostgreSQL, where requests really run side by side (PGlite
 * is one session, so there they take turns anyway). R-JUST-3: once the minutes go to signing, the meeting's
 * record may no longer change — so sending the minutes must wait for a change of the meeting that is in
 * progress, instead of reading the chair and adjusters and freezing the minutes while that change is about to
 * commit. The test holds a row lock of its own to stop a change halfway, then watches which requests wait.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTestBackendName } from '../support/backends.ts';
import { loginAs, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { fixedClock } from '../../src/clock.ts';
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
});
