/**
 * The public copy of adjusted minutes as structured text for the portal's HTML page (R-BOOK-3: an accessible
 * HTML version), built from the same facts and masking as the public PDF (R-PUB-1). Only called for minutes the
 * publicity rules allow (minutesPublicity). Secret-marked and protected documents are left out of each
 * paragraph's basis; the paragraph says instead how many were left out (no numbers, no descriptions).
 */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.ts';
import { loadMinutesData } from '../../db/repositories/minutesData.ts';
import { swedishDate } from '../../domain/dates.ts';
import { minutesDocument, type MinutesDoc } from '../../documents/renderMinutes.ts';
import { signedDays } from '../minutes/adjust.ts';
import type { MinutesRow } from '../minutes/access.ts';
import type { Services } from '../context.ts';

function withheldBasis(count: number): string {
  return count === 1
    ? 'En handling är sekretessmarkerad eller innehåller skyddade personuppgifter och publiceras inte.'
    : `${count} handlingar är sekretessmarkerade eller innehåller skyddade personuppgifter och publiceras inte.`;
}

export async function publicMinutesDocument(services: Services, bodyId: string, meetingId: string): Promise<MinutesDoc | undefined> {
  const [row] = await services.db.select().from(t.minutes).where(and(eq(t.minutes.bodyId, bodyId), eq(t.minutes.meetingId, meetingId), eq(t.minutes.state, 'adjusted')));
  const data = row ? await loadMinutesData(services.db, bodyId, meetingId) : undefined;
  if (!row || !data) return undefined;
  const [posting] = await services.db.select({ postedOn: t.postings.postedOn, removableFrom: t.postings.removableFrom }).from(t.postings)
    .where(and(eq(t.postings.minutesId, row.id), eq(t.postings.kind, 'adjusted_minutes'))).limit(1);
  const withheld = data.items.map((i) => i.basis.filter((b) => b.secret || b.protectedPersonalData).length);
  const shown = { ...data, items: data.items.map((i) => ({ ...i, basis: i.basis.filter((b) => !b.secret && !b.protectedPersonalData) })) };
  const doc = minutesDocument(shown, {
    variant: 'public', version: row.version, signed: await signedDays(services.db, row as MinutesRow),
    adjustedOn: row.adjustedAt ? swedishDate(row.adjustedAt) : null, posting: posting ?? null,
  });
  return { ...doc, items: doc.items.map((item, i) => (withheld[i] ? { ...item, basis: [...item.basis, withheldBasis(withheld[i]!)] } : item)) };
}
