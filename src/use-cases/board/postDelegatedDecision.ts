/**
 * Announces a delegated decision on the notice board (R-DEL-1: appealable decisions taken on delegation and
 * not reported in minutes are announced, KL 8 kap. 10 § 3). The appeal period runs from the posting day
 * (R-APPEAL-1) and the posting stays up until it has ended.
 */
import { and, eq } from 'drizzle-orm';
import { organs } from '../../db/schema/index.ts';
import { appealDates } from '../../domain/appeal.ts';
import { isIsoDate, swedishDate } from '../../domain/dates.ts';
import { AppError, validationError, type FieldError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/ids.ts';
import { checkText } from '../../domain/text.ts';
import type { Ctx } from '../context.ts';
import { canManageBoard } from './access.ts';
import { insertPosting } from './insertPosting.ts';
import { getPosting } from './listPostings.ts';
import type { PostingView } from './types.ts';

export interface DelegatedDecisionInput {
  organId?: unknown; decisionTitle?: unknown; decisionDate?: unknown; delegate?: unknown; keptAt?: unknown; caseNumber?: unknown;
}

export async function postDelegatedDecision(ctx: Ctx, input: DelegatedDecisionInput): Promise<PostingView> {
  const errors: FieldError[] = [];
  const today = swedishDate(ctx.clock.now());
  const organId = isUuid(input.organId) ? input.organId : '';
  if (!organId) errors.push({ field: 'organId', message: 'välj det organ som delegerat beslutet' });
  const decisionTitle = checkText(input.decisionTitle, { field: 'decisionTitle', required: true, max: 300 }, errors);
  const decisionDate = typeof input.decisionDate === 'string' ? input.decisionDate : '';
  if (!isIsoDate(decisionDate)) errors.push({ field: 'decisionDate', message: 'måste vara ett datum på formen ÅÅÅÅ-MM-DD' });
  else if (decisionDate > today) errors.push({ field: 'decisionDate', message: `beslutsdagen ${decisionDate} ligger i framtiden` });
  const delegate = checkText(input.delegate, { field: 'delegate', required: true, max: 200 }, errors);
  const keptAt = checkText(input.keptAt, { field: 'keptAt', required: true, max: 300 }, errors);
  const caseNumber = checkText(input.caseNumber, { field: 'caseNumber', max: 60 }, errors);
  if (errors.length) throw validationError(errors);
  const id = await ctx.db.transaction(async (tx) => {
    const [organ] = await tx.select({ name: organs.name }).from(organs).where(and(eq(organs.id, organId), eq(organs.bodyId, ctx.actor.bodyId)));
    if (!organ) throw validationError([{ field: 'organId', message: 'organet finns inte' }]);
    if (!canManageBoard(ctx.actor, organId)) throw new AppError('forbidden', 'Du har inte behörighet att sätta upp anslag för organet.');
    return insertPosting(tx, ctx, {
      kind: 'delegated_decision', organId, title: `Delegationsbeslut: ${decisionTitle}`,
      body: { organName: organ.name, decisionTitle, decisionDate, delegate, keptAt, ...(caseNumber ? { caseNumber } : {}) },
      ...appealDates(today),
    });
  });
  return getPosting(ctx, id);
}
