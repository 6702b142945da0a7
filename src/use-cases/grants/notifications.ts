/**
 * Telling applicants the decision. In the decision's transaction each decided application gets one planned
 * notification — by e-mail when the applicant gave an address, otherwise listed to be sent by letter; a changed
 * decision re-plans it (an outcome that changes makes a sent message due again). The e-mails go out after the
 * commit (`sendNotifications`), one per applicant; a failed one is recorded and may be retried. Audit events
 * hold counts only, never addresses or names.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { formatAmount } from '../../domain/amounts.ts';
import type { GrantOutcome } from '../../domain/grants.ts';
import type { Ctx } from '../context.ts';
import { loadApplications, requireEditor, requireReader, roundOf, type ApplicationView } from './load.ts';

export interface Decided { id: string; applicantEmail: string | null; outcome: GrantOutcome }

/** Plans (or re-plans) the notification of each decided application, in the decision's transaction. */
export async function planNotifications(tx: Tx, bodyId: string, decided: Decided[], decisionRef: string): Promise<void> {
  for (const d of decided) {
    await tx.insert(t.grantNotifications).values({ bodyId, applicationId: d.id, channel: d.applicantEmail ? 'email' : 'letter', outcome: d.outcome, decisionRef })
      .onConflictDoUpdate({
        target: [t.grantNotifications.bodyId, t.grantNotifications.applicationId],
        set: {
          channel: sql`excluded.channel`, outcome: sql`excluded.outcome`, decisionRef: sql`excluded.decision_ref`,
          sentAt: sql`CASE WHEN ${t.grantNotifications.outcome} IS DISTINCT FROM excluded.outcome THEN NULL ELSE ${t.grantNotifications.sentAt} END`,
          delivered: sql`CASE WHEN ${t.grantNotifications.outcome} IS DISTINCT FROM excluded.outcome THEN NULL ELSE ${t.grantNotifications.delivered} END`,
        },
      });
  }
}

/** A decision undone: notifications not yet sent are dropped. */
export async function dropUnsentNotifications(tx: Tx, applicationIds: string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  await tx.delete(t.grantNotifications).where(and(inArray(t.grantNotifications.applicationId, applicationIds), isNull(t.grantNotifications.sentAt)));
}

const amounts = (a: ApplicationView): string =>
  a.years.filter((y) => (y.grantedKr ?? 0) > 0).map((y) => `${formatAmount(y.grantedKr!)} kr (${y.year})`).join(', ');

export function notificationText(a: ApplicationView, roundName: string, organName: string): { subject: string; text: string } {
  const granted = a.outcome === 'granted';
  return {
    subject: `Beslut om er ansökan: ${roundName}`,
    text: [
      'Hej!', '',
      `Er ansökan "${a.projectTitle}"${a.documentNumber ? ` (${a.documentNumber})` : ''} i ${roundName} har ${granted ? `beviljats med ${amounts(a)}` : 'avslagits'}.`,
      ...(granted && a.conditions ? [`Villkor: ${a.conditions}`] : []),
      ...(a.motivation ? [`Motivering: ${a.motivation}`] : []),
      `Beslutet fattades ${a.decidedOn ?? ''} (${a.decisionRef ?? organName}).`,
      '', organName,
    ].join('\n'),
  };
}

export interface SendResult { sent: number; failed: number; letters: { applicationId: string; applicantName: string; projectTitle: string; documentNumber: string | null }[] }

/** Sends the round's due e-mail notifications after marking them in a transaction; lists the letters to post. */
export async function sendNotifications(ctx: Ctx, roundId: string): Promise<SendResult> {
  requireReader(ctx);
  const plan = await ctx.db.transaction(async (tx) => {
    const round = await roundOf(tx, ctx, roundId, true);
    requireEditor(ctx, round.organId);
    const [organ] = await tx.select({ name: t.organs.name }).from(t.organs).where(eq(t.organs.id, round.organId));
    const apps = await loadApplications(tx, ctx.actor.bodyId, [round.id]);
    const due = apps.filter((a) => a.notification?.channel === 'email' && !a.notification.sentAt && a.applicantEmail && a.state === 'decided');
    if (due.length) {
      await tx.update(t.grantNotifications).set({ sentAt: ctx.clock.now(), delivered: 'pending' }).where(inArray(t.grantNotifications.applicationId, due.map((a) => a.id)));
    }
    const letters = apps.filter((a) => a.notification?.channel === 'letter');
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'grant.notifications.send', entityType: 'grant_round', entityId: round.id, caseId: round.caseId, details: { emails: due.length, letters: letters.length } });
    return { round, organName: organ?.name ?? '', due, letters };
  });
  let sent = 0;
  let failed = 0;
  for (const a of plan.due) {
    let delivered = 'no_mailer';
    if (ctx.mailer) {
      try {
        delivered = (await ctx.mailer.send({ to: [a.applicantEmail!], ...notificationText(a, plan.round.name, plan.organName) })).delivered;
        sent += 1;
      } catch { delivered = 'failed'; }
    }
    if (delivered === 'failed' || delivered === 'no_mailer') {
      failed += 1;
      // Due again on the next attempt.
      await ctx.db.update(t.grantNotifications).set({ sentAt: null, delivered }).where(eq(t.grantNotifications.applicationId, a.id));
    } else await ctx.db.update(t.grantNotifications).set({ delivered }).where(eq(t.grantNotifications.applicationId, a.id));
  }
  return { sent, failed, letters: plan.letters.map((a) => ({ applicationId: a.id, applicantName: a.applicantName, projectTitle: a.projectTitle, documentNumber: a.documentNumber })) };
}
