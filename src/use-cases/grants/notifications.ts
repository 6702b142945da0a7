/**
 * Telling applicants the decision. In the decision's transaction each decided application gets one planned
 * notification — by e-mail when the applicant gave an address, otherwise listed to be sent by letter; a changed
 * decision re-plans it (an outcome that changes makes a sent message due again). The e-mails go out after the
 * decision's commit (`notifyAfterDecision` for an organ's decision in a meeting, the delegation decision and a
 * decision recorded afterwards) or with the staff button (`sendNotifications`), both through one delivery
 * function, one mail per applicant; a failed one stays due and may be retried. Audit events and log lines hold
 * ids and counts only, never addresses or names.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { formatAmount } from '../../domain/amounts.ts';
import type { GrantOutcome } from '../../domain/grants.ts';
import { notFound } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import type { Ctx, Services } from '../context.ts';
import { loadApplications, requireEditor, requireReader, type ApplicationView, type RoundRow } from './load.ts';

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

interface Delivery {
  /** Who the audit event names: the staff member who sends, or who recorded the decision. */
  actorId: string | null;
  /** Checked on the locked round before anything is marked (the staff button: the organ's register keeper). */
  authorise?: (round: RoundRow) => void;
  /** `staff` (the button, always audited) or `decision` (after a decision's commit, audited when it sends). */
  trigger: 'staff' | 'decision';
}

/** The reason a mail failed, without the addresses a transport's message may hold. */
const failureKind = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : e instanceof Error ? e.name : 'unknown');

/**
 * The one delivery path for a round's due e-mails. The due notifications are marked in a transaction holding
 * the round's lock (so two deliveries never send the same one), then sent one per applicant; a failed one, or
 * all of them when no mailer is configured, stays due for the next attempt. Lists the letters to post.
 */
export async function deliverNotifications(services: Services, bodyId: string, roundId: string, delivery: Delivery): Promise<SendResult> {
  const { mailer } = services;
  const plan = await services.db.transaction(async (tx) => {
    const [round] = await tx.select().from(t.grantRounds).where(and(eq(t.grantRounds.id, roundId), eq(t.grantRounds.bodyId, bodyId))).for('update');
    if (!round) throw notFound('Bidragsomgången');
    delivery.authorise?.(round);
    const [organ] = await tx.select({ name: t.organs.name }).from(t.organs).where(eq(t.organs.id, round.organId));
    const apps = await loadApplications(tx, bodyId, [round.id]);
    const due = apps.filter((a) => a.notification?.channel === 'email' && !a.notification.sentAt && a.applicantEmail && a.state === 'decided');
    if (due.length) {
      await tx.update(t.grantNotifications).set(mailer ? { sentAt: services.clock.now(), delivered: 'pending' } : { delivered: 'no_mailer' })
        .where(inArray(t.grantNotifications.applicationId, due.map((a) => a.id)));
    }
    const letters = apps.filter((a) => a.notification?.channel === 'letter');
    if (delivery.trigger === 'staff' || due.length) {
      await recordAudit(tx, { bodyId, actorId: delivery.actorId, action: 'grant.notifications.send', entityType: 'grant_round', entityId: round.id, caseId: round.caseId, details: { emails: due.length, letters: letters.length, trigger: delivery.trigger, mailer: Boolean(mailer) } });
    }
    return { round, organName: organ?.name ?? '', due, letters };
  });
  let sent = 0;
  let failed = 0;
  for (const a of plan.due) {
    if (!mailer) { failed += 1; continue; }
    try {
      const { delivered } = await mailer.send({ to: [a.applicantEmail!], ...notificationText(a, plan.round.name, plan.organName) });
      await services.db.update(t.grantNotifications).set({ delivered }).where(eq(t.grantNotifications.applicationId, a.id));
      sent += 1;
    } catch (e) {
      failed += 1;
      services.log?.warn({ applicationId: a.id, failure: failureKind(e) }, 'grant notification not sent; it stays due');
      // Due again on the next attempt.
      await services.db.update(t.grantNotifications).set({ sentAt: null, delivered: 'failed' }).where(eq(t.grantNotifications.applicationId, a.id));
    }
  }
  return { sent, failed, letters: plan.letters.map((a) => ({ applicationId: a.id, applicantName: a.applicantName, projectTitle: a.projectTitle, documentNumber: a.documentNumber })) };
}

/** The staff button: sends the round's due e-mails (the organ's register keepers only). */
export async function sendNotifications(ctx: Ctx, roundId: string): Promise<SendResult> {
  requireReader(ctx);
  if (!isUuid(roundId)) throw notFound('Bidragsomgången');
  return deliverNotifications(ctx, ctx.actor.bodyId, roundId, { actorId: ctx.actor.userId, trigger: 'staff', authorise: (round) => requireEditor(ctx, round.organId) });
}

/**
 * After a decision's transaction has committed: the due notifications of the rounds whose applications the
 * decided case holds are sent at once. The decision authorises it, so no register permission is asked for.
 * Never throws — a failure to send never fails the decision; what is not sent stays due (the staff button).
 */
export async function notifyAfterDecision(ctx: Ctx, caseId: string): Promise<void> {
  try {
    const rounds = await ctx.db.selectDistinct({ id: t.grantRounds.id }).from(t.grantApplications)
      .innerJoin(t.grantRounds, eq(t.grantRounds.id, t.grantApplications.roundId))
      .innerJoin(t.grantNotifications, eq(t.grantNotifications.applicationId, t.grantApplications.id))
      .where(and(eq(t.grantApplications.bodyId, ctx.actor.bodyId), eq(t.grantApplications.caseId, caseId), eq(t.grantNotifications.channel, 'email'), isNull(t.grantNotifications.sentAt)));
    for (const round of rounds) {
      try {
        await deliverNotifications(ctx, ctx.actor.bodyId, round.id, { actorId: ctx.actor.userId, trigger: 'decision' });
      } catch (e) {
        ctx.log?.warn({ roundId: round.id, failure: failureKind(e) }, 'grant notifications not sent after the decision; they stay due');
      }
    }
  } catch (e) {
    ctx.log?.warn({ caseId, failure: failureKind(e) }, 'grant notifications after the decision were not looked up');
  }
}
