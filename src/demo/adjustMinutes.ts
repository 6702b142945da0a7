/**
 * The minutes of the reference meeting through the minutes use cases: drawn up and sent for signing by the
 * secretary, signed by the chair and the adjuster (password re-entry), which adjusts them and posts the
 * announcement on the notice board (R-JUST-1, R-BOARD-2); the extracts dispatched (R-MIN-3); and, once the
 * appeal period of 2024 has run out, the announcement taken down by the registrar (its history stays).
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import { generateMinutes } from '../use-cases/minutes/generateMinutes.ts';
import { sendForSigning, signMinutes } from '../use-cases/minutes/signing.ts';
import { dispatchExtracts, type DispatchResult } from '../use-cases/minutes/extracts.ts';
import { removePosting } from '../use-cases/board/removePosting.ts';
import { demoPassword } from './users.ts';
import { meetingTimes } from './meetingOutcome.ts';
import type { DemoActors, SettableClock } from './actors.ts';

export interface AdjustedDemoMinutes { sha256: string; postingId: string; lastAppealDay: string; dispatch: DispatchResult }

export async function adjustReferenceMinutes(actors: DemoActors, clock: SettableClock, meetingId: string): Promise<AdjustedDemoMinutes> {
  const secretary = actors.as('sekreterare', clock);
  clock.set(meetingTimes.minutesDrawnUp);
  const { sha256 } = await generateMinutes(secretary, meetingId);
  await sendForSigning(secretary, meetingId);
  clock.set(meetingTimes.chairSigns);
  await signMinutes(actors.as('ordforande', clock), meetingId, { sha256, password: demoPassword });
  clock.set(meetingTimes.adjusterSigns);
  const signed = await signMinutes(actors.as('justerare', clock), meetingId, { sha256, password: demoPassword });
  if (signed.state !== 'adjusted') throw new Error(`the demo minutes are ${signed.state}, not adjusted`);

  clock.set(meetingTimes.extractsSent);
  const dispatch = await dispatchExtracts(secretary, meetingId);

  const [posting] = await secretary.db.select({ id: t.postings.id, lastAppealDay: t.postings.lastAppealDay }).from(t.postings)
    .where(and(eq(t.postings.meetingId, meetingId), eq(t.postings.kind, 'adjusted_minutes')));
  if (!posting) throw new Error('the adjustment posted no announcement');
  clock.set(meetingTimes.postingTakenDown);
  await removePosting(actors.as('registrator', clock), posting.id, { reason: 'Överklagandetiden har gått ut.' });
  return { sha256, postingId: posting.id, lastAppealDay: posting.lastAppealDay!, dispatch };
}
