/**
 * Signing the minutes (R-JUST-1, R-JUST-4): the secretary sends the current version for signing; the chair and
 * each chosen adjuster sign it after proving who they are (signature provider) and confirming the SHA-256 of
 * the PDF they read; any of them may reject it with a comment, which sends it back to the secretary. The last
 * signature adjusts the minutes (see adjust.ts).
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { checkSignAttempt, nextState, requiredSigners, signingProgress, type SignatureFact } from '../../domain/adjustment.ts';
import { AppError, validationError } from '../../domain/errors.ts';
import { checkText } from '../../domain/text.ts';
import { passwordProvider } from '../../signing/passwordProvider.ts';
import type { SignatureProvider } from '../../signing/provider.ts';
import { actorPersonId, assertManage, assertRead, auditedChange, frozenError, meetingRef, minutesRow, signerFacts, type MinutesRow } from './access.ts';
import { completeAdjustment } from './adjust.ts';
import { notifyMinutesAdjusted } from '../subscriptions/notify.ts';
import type { Tx } from '../../db/client.ts';
import type { Ctx } from '../context.ts';

async function lockedMinutes(tx: Tx, ctx: Ctx, meetingId: string): Promise<MinutesRow> {
  const row = await minutesRow(tx, ctx, meetingId, true);
  if (!row) throw new AppError('conflict', 'Protokollet är inte upprättat ännu.');
  return row;
}

const signerArgs = (s: { chairPersonId: string | null; adjusterPersonIds: string[] }): [string | null, string[]] => [s.chairPersonId, s.adjusterPersonIds];

const facts = async (tx: Tx, minutesId: string): Promise<SignatureFact[]> =>
  (await tx.select().from(t.minutesSignatures).where(eq(t.minutesSignatures.minutesId, minutesId)))
    .map((s) => ({ personId: s.personId, version: s.version, decision: s.decision as SignatureFact['decision'], pdfSha256: s.pdfSha256 }));

export async function sendForSigning(ctx: Ctx, meetingId: string): Promise<{ state: string; signers: number }> {
  return auditedChange(ctx, meetingId, 'send', async (tx) => {
    const meeting = await meetingRef(tx, ctx, meetingId);
    assertManage(ctx, meeting, 'skicka protokollet för justering');
    const row = await lockedMinutes(tx, ctx, meetingId);
    const step = nextState(row.state, 'send');
    if ('problem' in step) throw frozenError(step.problem);
    const { signers, problem } = requiredSigners(...signerArgs(await signerFacts(tx, meetingId)));
    if (problem) throw validationError([{ field: signers.length ? 'adjusterPersonIds' : 'chairPersonId', message: problem }]);
    await tx.update(t.minutes).set({ state: step.state, updatedAt: ctx.clock.now() }).where(eq(t.minutes.id, row.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'minutes.send', entityType: 'minutes', entityId: row.id, details: { meetingId, version: row.version, sha256: row.pdfSha256 } });
    return { state: step.state, signers: signers.length };
  });
}

export interface SignInput { sha256?: unknown; password?: unknown; totp?: unknown; comment?: unknown }

async function attempt(tx: Tx, ctx: Ctx, meetingId: string, input: SignInput, action: 'sign' | 'reject') {
  const meeting = await meetingRef(tx, ctx, meetingId);
  await assertRead(tx, ctx, meeting);
  const row = await lockedMinutes(tx, ctx, meetingId);
  const known = await facts(tx, row.id);
  const { signers } = requiredSigners(...signerArgs(await signerFacts(tx, meetingId)));
  const personId = await actorPersonId(tx, ctx);
  const presented = typeof input.sha256 === 'string' ? input.sha256.trim().toLowerCase() : '';
  const checked = checkSignAttempt({ state: row.state, version: row.version, currentSha256: row.pdfSha256, presentedSha256: presented, personId, signers, facts: known }, action);
  if ('code' in checked) {
    if (checked.code === 'validation') throw validationError([{ field: 'sha256', message: checked.problem.replace(/^sha256: /, '') }]);
    throw new AppError(checked.code, checked.problem);
  }
  return { meeting, row, known, signers, personId: personId!, role: checked.role };
}

/** Password guessing through signing: after 5 refused proofs in 15 minutes, wait (logged refusals are counted). */
async function checkRecentFailures(tx: Tx, ctx: Ctx): Promise<void> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(t.auditEvents).where(and(
    eq(t.auditEvents.bodyId, ctx.actor.bodyId), eq(t.auditEvents.actorId, ctx.actor.userId), eq(t.auditEvents.action, 'minutes.sign_refused'),
    gt(t.auditEvents.at, sql`now() - interval '15 minutes'`), sql`${t.auditEvents.details}->'fields' ?| array['password', 'totp']`));
  if ((row?.n ?? 0) >= 5) throw new AppError('rate_limited', 'För många misslyckade försök att justera. Försök igen om 15 minuter.');
}

export async function signMinutes(ctx: Ctx, meetingId: string, input: SignInput, provider: SignatureProvider = passwordProvider): Promise<{ state: string; pending: number }> {
  const result = await signInTransaction(ctx, meetingId, input, provider);
  // After the commit: the organ's e-mail subscribers hear of the adjustment (failures are skipped).
  if (result.state === 'adjusted') await notifyMinutesAdjusted(ctx, ctx.actor.bodyId, meetingId);
  return result;
}

function signInTransaction(ctx: Ctx, meetingId: string, input: SignInput, provider: SignatureProvider): Promise<{ state: string; pending: number }> {
  return auditedChange(ctx, meetingId, 'sign', async (tx) => {
    const a = await attempt(tx, ctx, meetingId, input, 'sign');
    await checkRecentFailures(tx, ctx);
    const proof = await provider.verify(tx, { bodyId: ctx.actor.bodyId, userId: ctx.actor.userId, pdfSha256: a.row.pdfSha256, credentials: { password: input.password, totp: input.totp }, at: ctx.clock.now() });
    await tx.insert(t.minutesSignatures).values({
      bodyId: ctx.actor.bodyId, minutesId: a.row.id, version: a.row.version, personId: a.personId, userId: ctx.actor.userId, role: a.role,
      decision: 'signed', pdfSha256: a.row.pdfSha256, provider: proof.provider, evidence: proof.evidence, signedAt: ctx.clock.now(),
    });
    const progress = signingProgress(a.signers, [...a.known, { personId: a.personId, version: a.row.version, decision: 'signed', pdfSha256: a.row.pdfSha256 }], a.row.version, a.row.pdfSha256);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'minutes.sign', entityType: 'minutes', entityId: a.row.id, details: { meetingId, version: a.row.version, role: a.role, provider: proof.provider, sha256: a.row.pdfSha256 } });
    if (!progress.complete) return { state: a.row.state, pending: progress.pending.length };
    await completeAdjustment(tx, ctx, a.meeting, a.row);
    return { state: 'adjusted', pending: 0 };
  });
}

export async function rejectMinutes(ctx: Ctx, meetingId: string, input: SignInput): Promise<{ state: string }> {
  return auditedChange(ctx, meetingId, 'reject', async (tx) => {
    const a = await attempt(tx, ctx, meetingId, input, 'reject');
    const errors: Parameters<typeof validationError>[0] = [];
    const comment = checkText(input.comment, { field: 'comment', required: true, max: 4000, multiline: true }, errors);
    if (errors.length) throw validationError(errors);
    await tx.insert(t.minutesSignatures).values({
      bodyId: ctx.actor.bodyId, minutesId: a.row.id, version: a.row.version, personId: a.personId, userId: ctx.actor.userId, role: a.role,
      decision: 'rejected', comment, pdfSha256: a.row.pdfSha256, provider: 'session', evidence: { sessionUser: ctx.actor.userId }, signedAt: ctx.clock.now(),
    });
    await tx.update(t.minutes).set({ state: 'draft', updatedAt: ctx.clock.now() }).where(and(eq(t.minutes.id, a.row.id), eq(t.minutes.state, 'signing')));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'minutes.reject', entityType: 'minutes', entityId: a.row.id, details: { meetingId, version: a.row.version, role: a.role } });
    return { state: 'draft' };
  });
}
