/**
 * The notice board in the database, on PGlite and PostgreSQL: announcing adjusted minutes inside the
 * adjustment's transaction (R-BOARD-2, R-APPEAL-1), and the guards that hold whatever code runs — posting events
 * are append-only, a posting's dates never change, and a posting cannot come down before its removal date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '../support/backends.ts';
import { countRows, createFixture, useDatabase, type Fixture } from '../support/fixtures.ts';
import { meetings, minutes } from '../../src/db/schema/index.ts';
import { fixedClock } from '../../src/clock.ts';
import { postAdjustedMinutes, type PostedAnnouncement } from '../../src/use-cases/board/postAdjustedMinutes.ts';
import { removePosting } from '../../src/use-cases/board/removePosting.ts';
import { recordAudit } from '../../src/db/repositories/audit.ts';
import type { Services } from '../../src/use-cases/context.ts';

const TABLES = ['postings', 'posting_events', 'audit_events'];

/** The database's own message (drizzle wraps it as "Failed query: …" with the driver error as cause). */
async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message;
  }
  return 'no error: the statement succeeded';
}

interface Seed { fx: Fixture; meetingId: string; minutesId: string }

async function seed(services: Services): Promise<Seed> {
  const fx = await createFixture(services);
  const [meeting] = await services.db.insert(meetings).values({ bodyId: fx.bodyId, organId: fx.organs.KSNAU, date: '2024-05-14', startTime: '13:15', place: 'Sammanträdesrummet', state: 'held' }).returning({ id: meetings.id });
  const [row] = await services.db.insert(minutes).values({ bodyId: fx.bodyId, meetingId: meeting!.id, state: 'adjusted', pdfSha256: 'a'.repeat(64), pages: 12, adjustedAt: new Date('2024-05-20T09:00:00Z') }).returning({ id: minutes.id });
  return { fx, meetingId: meeting!.id, minutesId: row!.id };
}

for (const backend of testBackends()) {
  describe(`${backend.name}: announcing adjusted minutes`, () => {
    const database = useDatabase(backend);
    let s: Seed;
    let posted: PostedAnnouncement;
    beforeAll(async () => { s = await seed(database.services); });
    const input = () => ({ minutesId: s.minutesId, meetingId: s.meetingId, organId: s.fx.organs.KSNAU, adjustedOn: '2024-05-20', keptAt: 'Kommunstyrelsens registratur, Stadshuset' });

    it('R-BOARD-2, R-APPEAL-1: posted on the adjustment day inside the caller\'s transaction, with the appeal dates', async () => {
      const ctx = s.fx.as('registrar');
      posted = await ctx.db.transaction((tx) => postAdjustedMinutes(tx, ctx, input()));
      expect(posted).toMatchObject({ postedOn: '2024-05-20', lastAppealDay: '2024-06-10', removableFrom: '2024-06-11' });
      const rows = await database.services.db.execute<{ kind: string; body: Record<string, string>; events: string[]; audits: number }>(sql`
        SELECT p.kind, p.body, (SELECT array_agg(kind) FROM posting_events e WHERE e.posting_id = p.id) AS events,
               (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = p.id AND a.action = 'board.post') AS audits
        FROM postings p WHERE p.id = ${posted.postingId}`);
      expect(rows.rows[0]).toMatchObject({ kind: 'adjusted_minutes', events: ['posted'], audits: 1 });
      expect(rows.rows[0]!.body).toEqual({ organName: 'Arbetsutskottet', meetingDate: '2024-05-14', adjustedOn: '2024-05-20', keptAt: 'Kommunstyrelsens registratur, Stadshuset' });
    });

    it('R-BOARD-2: the same minutes are announced once', async () => {
      const ctx = s.fx.as('registrar');
      const again = await ctx.db.transaction((tx) => postAdjustedMinutes(tx, ctx, input()));
      expect(again).toEqual(posted);
      const [{ n }] = (await database.services.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM postings WHERE minutes_id = ${s.minutesId}`)).rows as [{ n: number }];
      expect(n).toBe(1);
    });

    it('R-BOARD-2: later than the second day after the adjustment is refused and the whole adjustment rolls back', async () => {
      const late = { ...s.fx.as('registrar'), clock: fixedClock('2024-05-22T22:30:00Z') }; // 00:30 on 23 May in Sweden
      const before = await countRows(database.services.db, TABLES);
      const error = await late.db.transaction(async (tx) => {
        await recordAudit(tx, { bodyId: s.fx.bodyId, actorId: null, action: 'minutes.adjust', entityType: 'minutes', entityId: s.minutesId });
        await postAdjustedMinutes(tx, late, { ...input(), minutesId: s.minutesId.replace(/.$/, (c) => (c === '0' ? '1' : '0')) });
      }).then(() => null, (e: Error) => e);
      expect(error?.message).toContain('senast 2024-05-22');
      expect(await countRows(database.services.db, TABLES)).toEqual(before);
    });

    it('R-APPEAL-1: the use case refuses to take the posting down before its removal date', async () => {
      await expect(removePosting(s.fx.as('registrar'), posted.postingId)).rejects.toThrow(/tidigast 2024-06-11/);
    });
  });

  describe(`${backend.name}: the board's guards hold against raw SQL`, () => {
    const database = useDatabase(backend);
    let s: Seed;
    let postingId = '';
    beforeAll(async () => {
      s = await seed(database.services);
      const ctx = s.fx.as('registrar');
      postingId = (await ctx.db.transaction((tx) => postAdjustedMinutes(tx, ctx, { minutesId: s.minutesId, meetingId: s.meetingId, organId: s.fx.organs.KSNAU, adjustedOn: '2024-05-20', keptAt: 'Registraturen' }))).postingId;
    });
    const db = () => database.services.db;
    const postingRow = async () => (await db().execute(sql`SELECT posted_on::text, last_appeal_day::text, removable_from::text, removed_on::text, kind FROM postings WHERE id = ${postingId}`)).rows[0];

    it('R-APPEAL-1: a posting cannot be taken down before its removal date, even with raw SQL', async () => {
      const before = await postingRow();
      expect(await failure(() => db().execute(sql`UPDATE postings SET removed_on = '2024-06-10' WHERE id = ${postingId}`))).toMatch(/cannot be removed before 2024-06-11/);
      expect(await failure(() => db().execute(sql`UPDATE postings SET removed_on = posted_on WHERE id = ${postingId}`))).toMatch(/cannot be removed before/);
      expect(await postingRow()).toEqual(before);
    });

    it('R-APPEAL-1: a removal cannot be dated ahead to take a posting down before its date, even with raw SQL', async () => {
      const [row] = (await db().execute<{ id: string }>(sql`
        INSERT INTO postings (body_id, kind, title, posted_on, last_appeal_day, removable_from)
        VALUES (${s.fx.bodyId}, 'other', 'Tillkännagivande', current_date, current_date + 21, current_date + 22) RETURNING id`)).rows;
      expect(await failure(() => db().execute(sql`UPDATE postings SET removed_on = removable_from WHERE id = ${row!.id}`))).toMatch(/cannot be dated after today/);
      const after = await db().execute<{ removed_on: string | null }>(sql`SELECT removed_on FROM postings WHERE id = ${row!.id}`);
      expect(after.rows[0]!.removed_on).toBeNull();
    });

    it('R-APPEAL-1: the posting and appeal dates cannot be changed', async () => {
      const before = await postingRow();
      for (const change of ["posted_on = '2024-05-01'", "removable_from = '2024-05-21'", 'last_appeal_day = NULL', "last_appeal_day = '2024-05-30'", "kind = 'other'"]) {
        expect(await failure(() => db().execute(sql.raw(`UPDATE postings SET ${change} WHERE id = '${postingId}'`)))).toMatch(/dates cannot change/);
      }
      expect(await postingRow()).toEqual(before);
    });

    it('R-APPEAL-1: postings are never deleted or truncated', async () => {
      const before = await countRows(db(), TABLES);
      expect(await failure(() => db().execute(sql`DELETE FROM postings WHERE id = ${postingId}`))).toMatch(/not allowed/);
      expect(await failure(() => db().execute(sql.raw('TRUNCATE postings CASCADE')))).toMatch(/not allowed/);
      expect(await countRows(db(), TABLES)).toEqual(before);
    });

    it('R-APPEAL-1: the posting history is append-only', async () => {
      const before = await countRows(db(), TABLES);
      expect(await failure(() => db().execute(sql`UPDATE posting_events SET at = now() - interval '30 days' WHERE posting_id = ${postingId}`))).toMatch(/not allowed/);
      expect(await failure(() => db().execute(sql`DELETE FROM posting_events WHERE posting_id = ${postingId}`))).toMatch(/not allowed/);
      expect(await failure(() => db().execute(sql.raw('TRUNCATE posting_events')))).toMatch(/not allowed/);
      expect(await countRows(db(), TABLES)).toEqual(before);
    });

    it('R-APPEAL-1: from the removal date it comes down once, and then never changes again', async () => {
      const later = { ...s.fx.as('registrar'), clock: fixedClock('2024-06-11T06:00:00Z') };
      const removed = await removePosting(later, postingId, { reason: 'Tiden för överklagande har gått ut' });
      expect(removed.removedOn).toBe('2024-06-11');
      expect(removed.events.map((e) => e.kind)).toEqual(['posted', 'removed']);
      expect(await failure(() => db().execute(sql`UPDATE postings SET removed_on = NULL WHERE id = ${postingId}`))).toMatch(/removed posting cannot change/);
      expect(await failure(() => db().execute(sql`UPDATE postings SET title = 'Ändrad' WHERE id = ${postingId}`))).toMatch(/removed posting cannot change/);
      await expect(removePosting(later, postingId)).rejects.toThrow(/togs ned 2024-06-11/);
    });
  });
}
