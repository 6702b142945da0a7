/**
 * All objects of one body as list entries, built from one snapshot: what `/oparl/v1.1/…` answers, per type.
 */
import { swedishDate } from '../domain/dates.ts';
import type { Services } from '../use-cases/context.ts';
import { tombstone, type Entry, type Json } from './entry.ts';
import { latest } from './format.ts';
import { itemEntries, meetingEntries, publicItemIds } from './meetingObjects.ts';
import { bodyObject, membershipEntries, organizationEntries, personEntries, termEntries } from './organisationObjects.ts';
import { consultationEntries, fileEntries, paperEntries } from './paperObjects.ts';
import { loadSnapshot } from './snapshot.ts';
import type { OparlUrls } from './urls.ts';

export type EntryType = Entry['type'];

/** Which table's tombstones stand for which object type. */
const DELETED_TABLE: Partial<Record<EntryType, string>> = {
  Organization: 'organs', LegislativeTerm: 'terms', Person: 'people', Membership: 'memberships', Meeting: 'meetings',
  AgendaItem: 'agenda_items', Consultation: 'consultations',
};

export interface Catalog { body: Json; created: Date; modified: Date; entries: Map<EntryType, Entry[]> }

export async function loadCatalog(services: Services, bodyId: string, urls: OparlUrls): Promise<Catalog | undefined> {
  const s = await loadSnapshot(services, bodyId);
  if (!s) return undefined;
  const today = swedishDate(services.clock.now());
  const publicItems = publicItemIds(s);
  const memberships = membershipEntries(s, urls);
  const terms = termEntries(s, urls);
  const items = itemEntries(s, urls, publicItems);
  const { meetings, locations } = meetingEntries(s, urls, items, today);
  const consultations = consultationEntries(s, urls, publicItems);
  const entries = new Map<EntryType, Entry[]>([
    ['Organization', organizationEntries(s, urls, memberships)], ['Person', personEntries(s, urls, memberships)], ['Membership', memberships],
    ['LegislativeTerm', terms], ['Meeting', meetings], ['AgendaItem', items], ['Location', locations], ['Consultation', consultations],
    ['Paper', paperEntries(s, urls, consultations, publicItems)], ['File', fileEntries(s, urls, publicItems)],
  ]);
  // Deleted rows: answered as deleted objects (never public again).
  for (const [type, table] of Object.entries(DELETED_TABLE) as [EntryType, string][]) {
    const list = entries.get(type)!;
    for (const d of s.deleted.filter((r) => r.entityType === table)) {
      list.push({ type, id: d.entityId, created: d.createdAt ?? d.deletedAt, modified: d.deletedAt, public: false, tombstone: true, deletedRow: true, build: () => ({}) });
    }
  }
  const all = [...entries.values()].flat().filter((e) => e.public);
  const modified = latest(s.body.updatedAt, ...all.map((e) => e.modified));
  return { body: bodyObject(s, urls, terms, modified), created: s.body.createdAt, modified, entries };
}

/** The object with this id (deleted rows as deleted objects), or undefined when it does not exist or is not public. */
export function findEntry(catalog: Catalog, urls: OparlUrls, type: EntryType, id: string): Json | undefined {
  const entry = catalog.entries.get(type)?.find((e) => e.id === id);
  if (!entry) return undefined;
  if (entry.public) return entry.build();
  return entry.deletedRow ? tombstone(urls, entry) : undefined;
}

export const asListItem = (urls: OparlUrls, entry: Entry): Json => (entry.public ? entry.build() : tombstone(urls, entry));
