/**
 * Commitments kept by hand on an appropriation's page: add, change, release (the money returns from a date)
 * and confirm (a conditional commitment becomes firm). Each runs in one transaction holding the appropriation's
 * row lock, so two commitments cannot both take the last funds. Over-commitment needs an override reason,
 * recorded on the commitment and audited as its own action.
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { loadCases } from '../../db/repositories/cases.ts';
import { checkCommitment, kronorOf, type CommitmentStatus, type Shortfall, type YearAmount } from '../../domain/appropriations.ts';
import { isIsoDate, swedishDate } from '../../domain/dates.ts';
import { AppError, notFound, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import { canEditRegister } from '../../policies/registers.ts';
import type { Ctx } from '../context.ts';
import { loadAppropriation, writeAmounts, type AppropriationRecord } from './load.ts';
import { readView, type AppropriationView } from './appropriations.ts';

const EDITABLE: readonly CommitmentStatus[] = ['proposed', 'conditional', 'firm'];

async function lockFor(ctx: Ctx, tx: Tx, appropriationId: string): Promise<AppropriationRecord> {
  const record = isUuid(appropriationId) ? await loadAppropriation(tx, ctx.actor.bodyId, appropriationId, true) : null;
  if (!record) throw notFound('Anslaget');
  if (!canEditRegister(ctx.actor, record.organId)) throw new AppError('forbidden', 'Du har inte behörighet att föra organets anslag.');
  return record;
}

function commitmentOf(record: AppropriationRecord, id: string, version: unknown) {
  const c = record.commitments.find((x) => x.id === id);
  if (!c) throw notFound('Åtagandet');
  if (version !== c.version) throw new AppError('conflict', `Åtagandet har ändrats av någon annan (version ${c.version}). Läs in det igen.`);
  return c;
}

function amountsOf(raw: unknown, errors: FieldError[]): YearAmount[] {
  if (!Array.isArray(raw)) { errors.push({ field: 'amounts', message: 'ange belopp per år' }); return []; }
  // Empty fields (a year the commitment leaves out) are dropped; amounts may be typed as Swedish text.
  return raw.flatMap((a: { year?: unknown; amountKr?: unknown }, i) => {
    if (a?.amountKr === '' || a?.amountKr === null || a?.amountKr === undefined) return [];
    const kr = kronorOf(a.amountKr);
    if (typeof kr !== 'number') errors.push({ field: `amounts[${i}].amountKr`, message: kr.error });
    return [{ year: Number(a?.year), amountKr: typeof kr === 'number' ? kr : 0 }];
  });
}

async function caseIdOf(ctx: Ctx, tx: Tx, input: Record<string, unknown>, errors: FieldError[]): Promise<string | null> {
  const number = typeof input.caseNumber === 'string' ? input.caseNumber.trim() : '';
  if (number) {
    const [found] = await loadCases(tx, ctx.actor, eq(t.cases.number, number));
    if (!found) errors.push({ field: 'caseNumber', message: `ärendet ${number.slice(0, 40)} finns inte` });
    return found?.id ?? null;
  }
  if (input.caseId === undefined || input.caseId === null || input.caseId === '') return null;
  if (!isUuid(input.caseId)) { errors.push({ field: 'caseNumber', message: 'ogiltigt ärende' }); return null; }
  return input.caseId;
}

async function fieldsOf(ctx: Ctx, tx: Tx, input: Record<string, unknown>, errors: FieldError[]) {
  const status = input.status as CommitmentStatus;
  if (!EDITABLE.includes(status)) errors.push({ field: 'status', message: 'måste vara föreslaget, villkorat eller fast' });
  const decidedOn = typeof input.decidedOn === 'string' && input.decidedOn !== '' ? input.decidedOn : null;
  if (decidedOn !== null && !isIsoDate(decidedOn)) errors.push({ field: 'decidedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' });
  else if (decidedOn === null && status !== 'proposed') errors.push({ field: 'decidedOn', message: 'ange beslutsdatum för ett beslutat åtagande' });
  return {
    status, decidedOn: status === 'proposed' ? null : decidedOn,
    recipient: checkText(input.recipient, { field: 'recipient', required: true, max: 300 }, errors),
    purpose: checkText(input.purpose, { field: 'purpose', max: 1000, multiline: true }, errors) || null,
    reference: checkText(input.reference, { field: 'reference', max: 200 }, errors) || null,
    conditions: checkText(input.conditions, { field: 'conditions', max: 1000, multiline: true }, errors) || null,
    overrideReason: checkText(input.overrideReason, { field: 'overrideReason', max: 1000, multiline: true }, errors) || null,
    caseId: await caseIdOf(ctx, tx, input, errors),
    amounts: amountsOf(input.amounts, errors),
  };
}

async function auditOverride(ctx: Ctx, tx: Tx, record: AppropriationRecord, commitmentId: string, caseId: string | null, short: Shortfall[], reason: string | null) {
  if (!short.length) return;
  await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.override', entityType: 'appropriation_commitment', entityId: commitmentId, caseId, details: { appropriationId: record.id, shortfalls: short, reason } });
}

export async function addCommitment(ctx: Ctx, appropriationId: string, input: Record<string, unknown>): Promise<AppropriationView> {
  return ctx.db.transaction(async (tx) => {
    const record = await lockFor(ctx, tx, appropriationId);
    const errors: FieldError[] = [];
    const f = await fieldsOf(ctx, tx, input, errors);
    if (errors.length) throw validationError(errors);
    const short = checkCommitment(record.years, record.commitments, { id: 'new', caseId: f.caseId, status: f.status, decidedOn: f.decidedOn, releasedOn: null, amounts: f.amounts }, f.overrideReason, errors);
    if (errors.length) throw validationError(errors);
    const { amounts, overrideReason, ...values } = f;
    const [row] = await tx.insert(t.appropriationCommitments).values({ ...values, overrideReason: short.length ? overrideReason : null, bodyId: ctx.actor.bodyId, appropriationId: record.id, sourceKind: 'manual', createdBy: ctx.actor.userId })
      .returning({ id: t.appropriationCommitments.id });
    await writeAmounts(tx, ctx.actor.bodyId, row!.id, amounts);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.add', entityType: 'appropriation_commitment', entityId: row!.id, caseId: f.caseId, details: { appropriationId: record.id, status: f.status } });
    await auditOverride(ctx, tx, record, row!.id, f.caseId, short, overrideReason);
    return readView(ctx, tx, record.id);
  });
}

export async function updateCommitment(ctx: Ctx, appropriationId: string, commitmentId: string, input: Record<string, unknown>): Promise<AppropriationView> {
  return ctx.db.transaction(async (tx) => {
    const record = await lockFor(ctx, tx, appropriationId);
    const current = commitmentOf(record, commitmentId, input.version);
    if (current.status === 'released') throw new AppError('conflict', 'Åtagandet är frigjort och kan inte ändras.');
    if (current.sourceKind !== 'manual') throw new AppError('conflict', 'Åtagandet kommer från en bidragsansökan; ändra det i bidragsomgången.');
    const errors: FieldError[] = [];
    const f = await fieldsOf(ctx, tx, input, errors);
    if (errors.length) throw validationError(errors);
    const reason = f.overrideReason ?? current.overrideReason;
    const short = checkCommitment(record.years, record.commitments, { id: current.id, caseId: f.caseId, status: f.status, decidedOn: f.decidedOn, releasedOn: null, amounts: f.amounts }, reason, errors);
    if (errors.length) throw validationError(errors);
    const { amounts, overrideReason: _given, ...values } = f;
    await tx.update(t.appropriationCommitments).set({ ...values, overrideReason: short.length ? reason : null, version: current.version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(t.appropriationCommitments.id, current.id), eq(t.appropriationCommitments.bodyId, ctx.actor.bodyId)));
    await writeAmounts(tx, ctx.actor.bodyId, current.id, amounts);
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.update', entityType: 'appropriation_commitment', entityId: current.id, caseId: f.caseId, details: { appropriationId: record.id, status: f.status, version: current.version + 1 } });
    if (f.overrideReason) await auditOverride(ctx, tx, record, current.id, f.caseId, short, reason);
    return readView(ctx, tx, record.id);
  });
}

/** Returns a decided commitment's money to the appropriation from a date (default today). */
export async function releaseCommitment(ctx: Ctx, appropriationId: string, commitmentId: string, input: Record<string, unknown>): Promise<AppropriationView> {
  return ctx.db.transaction(async (tx) => {
    const record = await lockFor(ctx, tx, appropriationId);
    const current = commitmentOf(record, commitmentId, input.version);
    const releasedOn = typeof input.releasedOn === 'string' && input.releasedOn !== '' ? input.releasedOn : swedishDate(ctx.clock.now());
    if (!isIsoDate(releasedOn)) throw validationError([{ field: 'releasedOn', message: 'måste vara ett datum ÅÅÅÅ-MM-DD' }]);
    if (current.status !== 'conditional' && current.status !== 'firm') throw new AppError('conflict', 'Bara beslutade åtaganden kan frigöras.');
    if (current.decidedOn && releasedOn < current.decidedOn) throw validationError([{ field: 'releasedOn', message: `kan inte vara före beslutsdatumet ${current.decidedOn}` }]);
    await tx.update(t.appropriationCommitments).set({ status: 'released', releasedOn, version: current.version + 1, updatedAt: ctx.clock.now() }).where(eq(t.appropriationCommitments.id, current.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.release', entityType: 'appropriation_commitment', entityId: current.id, caseId: current.caseId, details: { appropriationId: record.id, releasedOn } });
    return readView(ctx, tx, record.id);
  });
}

/** A conditional commitment whose conditions are met becomes firm. */
export async function confirmCommitment(ctx: Ctx, appropriationId: string, commitmentId: string, input: Record<string, unknown>): Promise<AppropriationView> {
  return ctx.db.transaction(async (tx) => {
    const record = await lockFor(ctx, tx, appropriationId);
    const current = commitmentOf(record, commitmentId, input.version);
    if (current.status !== 'conditional') throw new AppError('conflict', 'Bara villkorade åtaganden kan bekräftas.');
    await tx.update(t.appropriationCommitments).set({ status: 'firm', version: current.version + 1, updatedAt: ctx.clock.now() }).where(eq(t.appropriationCommitments.id, current.id));
    await recordAudit(tx, { bodyId: ctx.actor.bodyId, actorId: ctx.actor.userId, action: 'appropriation.commitment.confirm', entityType: 'appropriation_commitment', entityId: current.id, caseId: current.caseId, details: { appropriationId: record.id } });
    return readView(ctx, tx, record.id);
  });
}
