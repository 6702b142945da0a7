/**
 * Feedback on the website's accessibility (DOS 2018:1937, 11 §: the statement must offer a way to report
 * shortcomings). The message is an incoming allmän handling and is registered without delay (R-REG-1, R-REG-2:
 * dated the day it arrived) in the year's case "Synpunkter på webbplatsens tillgänglighet <year>", opened on
 * first need in the executive board's registry. One transaction: case, number, document, file and audit event,
 * or nothing. The sender is a member of the public: no actor, and the audit event names the source instead.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { nextDocumentSeq } from '../../db/repositories/numbers.ts';
import { swedishDate } from '../../domain/dates.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { formatDocumentNumber } from '../../domain/numbering.ts';
import type { Actor } from '../../policies/actor.ts';
import { allocateCase, prepareCase } from '../createCase.ts';
import type { Services } from '../context.ts';

export interface FeedbackInput { name?: unknown; email?: unknown; message?: unknown }
export interface FeedbackReceipt { documentNumber: string; caseNumber: string; registeredDate: string }

export const feedbackCaseTitle = (year: number): string => `Synpunkter på webbplatsens tillgänglighet ${year}`;
export const MESSAGE_MAX = 5000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkFeedback(input: FeedbackInput): { name: string | null; email: string | null; message: string } {
  const errors: FieldError[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '');
  const name = text(input.name);
  const email = text(input.email);
  const message = text(input.message);
  if (!message) errors.push({ field: 'message', message: 'skriv ditt meddelande' });
  else if (message.length > MESSAGE_MAX) errors.push({ field: 'message', message: `meddelandet får vara högst ${MESSAGE_MAX} tecken` });
  if (name.length > 200) errors.push({ field: 'name', message: 'namnet får vara högst 200 tecken' });
  if (email && (email.length > 200 || !EMAIL.test(email))) errors.push({ field: 'email', message: 'skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt' });
  if (errors.length) throw validationError(errors);
  return { name: name || null, email: email || null, message };
}

async function feedbackCase(tx: Tx, services: Services, bodyId: string, year: number): Promise<{ id: string; number: string }> {
  const title = feedbackCaseTitle(year);
  // Two messages on the year's first day must not open two cases.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`${bodyId}:${title}`}))`);
  const [found] = await tx.select({ id: t.cases.id, number: t.cases.number }).from(t.cases)
    .where(and(eq(t.cases.bodyId, bodyId), eq(t.cases.title, title))).orderBy(asc(t.cases.createdAt)).limit(1);
  if (found) return found;
  const [registry] = await tx.select({ id: t.registries.id, organId: t.registries.organId }).from(t.registries).leftJoin(t.organs, eq(t.organs.id, t.registries.organId))
    .where(eq(t.registries.bodyId, bodyId)).orderBy(sql`${t.organs.kind} = 'executive_board' DESC`, asc(t.registries.code)).limit(1);
  if (!registry) throw new AppError('internal', 'Det finns inget diarium att registrera synpunkten i.');
  const publicActor: Actor = { userId: '', bodyId, roles: [], protectedDataAccess: false, organAccess: new Map() };
  const ctx = { ...services, actor: publicActor };
  const row = await allocateCase(ctx, tx, await prepareCase(ctx, tx, { registryId: registry.id, title, publicTitle: title, classificationCode: null, caseOfficerId: null, organId: registry.organId }));
  await tx.insert(t.cases).values({ ...row, bodyId });
  await recordAudit(tx, { bodyId, actorId: null, action: 'case.create', entityType: 'case', entityId: row.id, caseId: row.id, details: { number: row.number, source: 'accessibility_feedback' } });
  return { id: row.id, number: row.number };
}

export async function registerAccessibilityFeedback(services: Services, bodyId: string, input: FeedbackInput): Promise<FeedbackReceipt> {
  const feedback = checkFeedback(input);
  const today = swedishDate(services.clock.now());
  // The file holds the message only; the sender's name and address are registered as the counterparty, which the
  // public register never shows for a private person.
  const letter = Buffer.from(['Synpunkt på webbplatsens tillgänglighet, inkommen via webbformuläret', `Inkommen: ${today}`, '', feedback.message, ''].join('\n'), 'utf8');
  const stored = await services.files.put(letter);
  return services.db.transaction(async (tx) => {
    const c = await feedbackCase(tx, services, bodyId, Number(today.slice(0, 4)));
    const { seq, caseNumber, registryId } = await nextDocumentSeq(tx, c.id);
    const [registry] = await tx.select({ format: t.registries.documentNumberFormat }).from(t.registries).where(eq(t.registries.id, registryId));
    const number = formatDocumentNumber(registry!.format, caseNumber, seq);
    const [doc] = await tx.insert(t.documents).values({
      bodyId, caseId: c.id, seq, number, kind: 'letter', direction: 'incoming', registeredDate: today,
      description: 'Synpunkt på webbplatsens tillgänglighet', publicDescription: 'Synpunkt på webbplatsens tillgänglighet',
      counterpartyName: feedback.name, counterpartyEmail: feedback.email, createdBy: null,
    }).returning({ id: t.documents.id });
    await tx.insert(t.files).values({ bodyId, documentId: doc!.id, name: `synpunkt-${number.replace(/[^A-Za-z0-9-]+/g, '-')}.txt`, mediaType: 'text/plain', size: letter.length, sha256: stored.sha256 });
    await recordAudit(tx, { bodyId, actorId: null, action: 'document.register', entityType: 'document', entityId: doc!.id, caseId: c.id, details: { number, kind: 'letter', direction: 'incoming', source: 'accessibility_feedback' } });
    return { documentNumber: number, caseNumber: c.number, registeredDate: today };
  });
}
