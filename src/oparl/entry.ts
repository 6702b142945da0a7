/**
 * One object the API can list: its times, whether the public may see it now, and how to build it. Objects the
 * public may not see are only ever answered as tombstones (`deleted: true`) under `modified_since`, and only
 * when they were once public (or may have been): a deleted row, a document marked secret after registration.
 */
import { dateTime, typeUrl, type OparlType } from './format.ts';
import type { OparlUrls } from './urls.ts';

export type Json = Record<string, unknown>;

export interface Entry {
  type: Exclude<OparlType, 'System'>;
  id: string;
  created: Date;
  modified: Date;
  /** Shown to the public now. */
  public: boolean;
  /** When not public: answered as deleted under `modified_since`. */
  tombstone: boolean;
  /** For organ-scoped lists (an organization's meetings). */
  organId?: string;
  /** A deleted row: its own URL answers with the deleted object, as the spec asks. */
  deletedRow?: boolean;
  build(): Json;
}

/** Drops undefined, null, empty strings and empty arrays (the spec asks not to print them). */
export function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

export function head(urls: OparlUrls, type: Entry['type'], id: string, created: Date, modified: Date): Json {
  return { id: urls.object(type, id), type: typeUrl(type), created: dateTime(created), modified: dateTime(modified) };
}

export function tombstone(urls: OparlUrls, entry: Entry): Json {
  return { ...head(urls, entry.type, entry.id, entry.created, entry.modified), deleted: true };
}
