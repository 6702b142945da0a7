/**
 * The annual cycle's reminders on both backends, with a clock the test moves day by day: each reminder is sent
 * once (a second run, a second job and a restart send nothing more), is recorded with its sending, goes to the
 * deadline's addresses and the staff with access to the responsible organ, and a failed sending is retried.
 */
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { annualDeadlineReminders, users } from '../../src/db/schema/index.ts';
import type { Clock } from '../../src/clock.ts';
import type { MailMessage, Mailer } from '../../src/mail/mailer.ts';
import type { Ctx } from '../../src/use-cases/context.ts';
import { createDeadline } from '../../src/use-cases/annualCycle/deadlines.ts';
import { AnnualReminderJob } from '../../src/use-cases/annualCycle/reminderJob.ts';
import { testBackends } from '../support/backends.ts';
import { createFixture, useDatabase, type Fixture } from '../support/fixtures.ts';

/** A clock the test sets (noon in Sweden of the given day). */
function movableClock(): Clock & { set(day: string): void } {
  let now = new Date('2025-02-01T11:00:00Z');
  return { now: () => now, set: (day) => { now = new Date(`${day}T11:00:00Z`); } };
}

function capturingMailer(): Mailer & { sent: MailMessage[]; failNext: boolean } {
  const mailer = {
    sent: [] as MailMessage[], failNext: false,
    async send(message: MailMessage) {
      if (mailer.failNext) { mailer.failNext = false; throw new Error('SMTP unavailable'); }
      mailer.sent.push(message);
      return { delivered: 'outbox' as const, id: String(mailer.sent.length) };
    },
  };
  return mailer;
}

for (const backend of testBackends()) {
  describe(`annual cycle reminders (${backend.name})`, () => {
    const clock = movableClock();
    const database = useDatabase(backend, clock);
    let fx: Fixture;
    let officer: Ctx;

    it('sends each reminder once, to the addresses and the organ\'s staff, on its day', async () => {
      fx = await createFixture(database.services);
      await database.services.db.update(users).set({ email: sql`${users.username} || '@example.se'` }).where(eq(users.bodyId, fx.bodyId));
      officer = fx.as('officer');
      const mailer = capturingMailer();
      const services = { ...database.services, mailer, baseUrl: 'https://namnd.example.se' };
      const deadline = await createDeadline({ ...officer, clock }, {
        date: '2025-02-24', heading: 'Underlag till Årsredovisning', text: 'Rapporten ska vara inskickad till KS diarium.', audience: 'committees',
        organId: fx.organs.KS, reminderDays: [14, 3], reminderEmails: ['ekonomi@kommun.example.se'], remindOrganStaff: true,
      });
      const job = new AnnualReminderJob(services);

      clock.set('2025-02-09');
      expect(await job.runOnce()).toBe(0);
      clock.set('2025-02-10');
      expect(await job.runOnce()).toBe(1);
      const [first] = mailer.sent;
      expect(first!.subject).toBe('Påminnelse: Underlag till Årsredovisning 24 feb (om 14 dagar)');
      // The staff with access to KS (not the auditor, who keeps no registers) and the deadline's own address.
      expect(first!.to).toEqual(expect.arrayContaining(['ekonomi@kommun.example.se', 'officer@example.se', 'registrar@example.se']));
      expect(first!.to).not.toContain('auditor@example.se');
      expect(first!.text).toContain('https://namnd.example.se/app/registers/annual-cycle?year=2025');

      // Again the same day, by this job or another process's: nothing more.
      expect(await job.runOnce()).toBe(0);
      expect(await new AnnualReminderJob(services).runOnce()).toBe(0);
      clock.set('2025-02-20');
      expect(await job.runOnce()).toBe(0);
      clock.set('2025-02-21');
      expect(await job.runOnce()).toBe(1);
      expect(mailer.sent.map((m) => m.subject)).toEqual([
        'Påminnelse: Underlag till Årsredovisning 24 feb (om 14 dagar)',
        'Påminnelse: Underlag till Årsredovisning 24 feb (om 3 dagar)',
      ]);
      clock.set('2025-02-25');
      expect(await job.runOnce()).toBe(0);
      const recorded = await database.services.db.select().from(annualDeadlineReminders).where(eq(annualDeadlineReminders.deadlineId, deadline.id));
      expect(recorded.map((r) => [r.daysBefore, r.deadlineDate])).toEqual([[14, '2025-02-24'], [3, '2025-02-24']]);
      const audit = await database.services.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'annual_deadline.reminder' AND entity_id = ${deadline.id}`);
      expect(Number(audit.rows[0]!.n)).toBe(2);
    });

    it('runs started together send a reminder once', async () => {
      const mailer = capturingMailer();
      const services = { ...database.services, mailer };
      await createDeadline({ ...officer, clock }, { date: '2025-03-21', heading: 'Planering och budget', audience: 'committees', reminderDays: [0], reminderEmails: ['plan@kommun.example.se'] });
      clock.set('2025-03-21');
      const counts = await Promise.all([new AnnualReminderJob(services).runOnce(), new AnnualReminderJob(services).runOnce(), new AnnualReminderJob(services).runOnce()]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
      expect(mailer.sent.map((m) => m.subject)).toEqual(['Påminnelse: Planering och budget 21 mar (i dag)']);
    });

    it('a failed sending records nothing, and the next run sends it', async () => {
      const mailer = capturingMailer();
      const services = { ...database.services, mailer };
      await createDeadline({ ...officer, clock }, { date: '2025-04-08', heading: 'Planeringsdialog', audience: 'companies', reminderDays: [1], reminderEmails: ['bolag@kommun.example.se'] });
      clock.set('2025-04-07');
      mailer.failNext = true;
      await expect(new AnnualReminderJob(services).runOnce()).rejects.toThrow('SMTP unavailable');
      expect(mailer.sent).toEqual([]);
      expect(await new AnnualReminderJob(services).runOnce()).toBe(1);
      expect(mailer.sent.map((m) => m.subject)).toEqual(['Påminnelse: Planeringsdialog 8 apr (i morgon)']);
    });
  });
}
