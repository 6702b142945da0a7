/**
 * Who is reading. Every read path names its reader, and the disclosure rules (documents.ts, agenda.ts, sql.ts)
 * decide from it what is shown, redacted or absent. The same reader scopes the database connection
 * (db/readerScope.ts), where row-level security repeats the rule as a backstop.
 */
import type { Actor } from '../policies/actor.ts';

export type Reader =
  /** A signed-in staff member or elected member: per-organ secret access (R-REG-6), protected-data access (R-REG-7). */
  | { kind: 'staff'; actor: Actor }
  /** Anyone on the public site, the feeds and the open data: only what is published (R-REG-3, R-PUB-1). */
  | { kind: 'public'; bodyId: string; today: string }
  /**
   * The official record itself (the minutes): every document of an item is named by its number, a secret-marked
   * or protected one only by its public description, and no file content, so the record can be read by all staff
   * and its public copy masked from it (R-MIN-1, R-PUB-1).
   */
  | { kind: 'record'; bodyId: string };

export const staffReader = (actor: Actor): Reader => ({ kind: 'staff', actor });

export const publicReader = (bodyId: string, today: string): Reader => ({ kind: 'public', bodyId, today });

export const recordReader = (bodyId: string): Reader => ({ kind: 'record', bodyId });

export const bodyOf = (reader: Reader): string => (reader.kind === 'staff' ? reader.actor.bodyId : reader.bodyId);
