/**
 * Meeting, AgendaItem and Location. A meeting's agenda is public once the notice has been sent; its invitation
 * is the public meeting book (R-BOOK-2), its resultsProtocol the public copy of the adjusted minutes while
 * R-PUB-1 and R-APPEAL-2 allow. An item's decision (`resolutionText`) and votes (`namnd:votes`) are shown only
 * while its paragraph of the minutes is public.
 */
import { portalUrls } from '../portal/urls.ts';
import { compact, head, type Entry, type Json } from './entry.ts';
import { dateTime, latest, MEETING_STATE, OUTCOME, swedishDateTime, typeUrl } from './format.ts';
import { fileObject } from './paperObjects.ts';
import type { Snapshot } from './snapshot.ts';
import type { OparlUrls } from './urls.ts';
import { itemVotes } from './votes.ts';

type S = NonNullable<Snapshot>;
type Meeting = S['meetings'][number];

/** Agenda items the public may see: those of meetings whose notice has been sent. */
export function publicItemIds(s: S): Set<string> {
  const noticed = new Set(s.meetings.filter((m) => m.noticeSentAt !== null).map((m) => m.id));
  return new Set(s.items.filter((i) => noticed.has(i.meetingId)).map((i) => i.id));
}

function generatedFile(urls: OparlUrls, id: string, name: string, fileName: string, path: string, created: Date, modified: Date, meetingId: string): Json {
  const access = urls.web(path);
  return {
    id: urls.object('File', id), type: typeUrl('File'), name, fileName, mimeType: 'application/pdf', accessUrl: access, downloadUrl: `${access}?download=1`,
    meeting: [urls.object('Meeting', meetingId)], created: dateTime(created), modified: dateTime(modified),
  };
}

export function invitationFile(urls: OparlUrls, m: Meeting): Json | undefined {
  if (!m.noticeSentAt || m.state === 'cancelled') return undefined;
  const { organCode, date, nthThatDay } = m.ref;
  return generatedFile(urls, `motesbok-${m.id}`, `Kallelse med handlingar ${organCode} ${date} (offentlig version)`, `motesbok-${organCode.toLowerCase()}-${date}.pdf`,
    portalUrls.meetingBook(organCode, date, nthThatDay), m.noticeSentAt, latest(m.noticeSentAt, m.updatedAt), m.id);
}

export function protocolFile(s: S, urls: OparlUrls, m: Meeting): Json | undefined {
  const p = s.minutes.get(m.id);
  if (!p?.copyPublic || !p.publicPdfSha256) return undefined;
  const { organCode, date, nthThatDay } = m.ref;
  // The PDF's address is the minutes page's with ".pdf" (the page itself is the HTML version, R-BOOK-3).
  const file = generatedFile(urls, `protokoll-${m.id}`, `Protokoll ${organCode} ${date} (offentlig version)`, `protokoll-${organCode.toLowerCase()}-${date}.pdf`,
    portalUrls.meetingMinutesPdf(organCode, date, nthThatDay), p.adjustedAt, p.adjustedAt, m.id);
  return { ...file, 'namnd:sha256': p.publicPdfSha256, web: urls.web(portalUrls.meetingMinutes(organCode, date, nthThatDay)) };
}

export function itemEntries(s: S, urls: OparlUrls, publicItems: Set<string>): Entry[] {
  const consultation = new Map(s.consultations.filter((c) => c.agendaItemId).map((c) => [c.agendaItemId!, c.id]));
  const decisions = new Map(s.decisions.map((d) => [d.itemId, d]));
  const sent = new Map(s.extractsSent.map((e) => [e.itemId, e.sentAt!]));
  const order = new Map<string, number>();
  for (const m of s.meetings) s.items.filter((i) => i.meetingId === m.id).forEach((i, n) => order.set(i.id, n + 1));
  return s.items.map((i) => {
    const publicity = s.minutes.get(i.meetingId);
    const decided = publicity?.itemPublic.get(i.id) === true ? decisions.get(i.id) : undefined;
    // A prepared paragraph's decision may become public long after adjustment (R-APPEAL-2): that moment counts.
    const modified = latest(i.updatedAt, decided ? publicity!.itemPublicSince.get(i.id) ?? publicity!.adjustedAt : null, decided ? sent.get(i.id) : null);
    return {
      type: 'AgendaItem', id: i.id, created: i.createdAt, modified, public: publicItems.has(i.id), tombstone: false, organId: i.organId,
      build: () => {
        const files = s.itemDocuments.filter((l) => l.itemId === i.id)
          .flatMap((l) => s.files.filter((f) => f.documentId === l.documentId && f.public)).map((f) => fileObject(s, urls, f, publicItems));
        const votes = decided ? itemVotes(s, urls, i.id) : [];
        return compact({
          ...head(urls, 'AgendaItem', i.id, i.createdAt, modified), meeting: urls.object('Meeting', i.meetingId), number: i.number ?? undefined,
          order: order.get(i.id), name: i.name, public: i.public, consultation: consultation.has(i.id) ? urls.object('Consultation', consultation.get(i.id)!) : undefined,
          result: i.withdrawn ? 'Utgår' : decided ? OUTCOME[decided.outcome] ?? decided.outcome : undefined,
          resolutionText: decided ? (decided.clauses as string[]).map((c) => `att ${c}`).join('\n') : undefined,
          auxiliaryFile: files, 'namnd:votes': votes.length ? votes : undefined,
        });
      },
    };
  });
}

export function locationObject(urls: OparlUrls, m: Meeting, modified: Date): Json {
  return { ...head(urls, 'Location', m.id, m.createdAt, modified), description: m.place, meetings: [urls.object('Meeting', m.id)] };
}

export function meetingModified(s: S, m: Meeting, items: Entry[], today: string): Date {
  const p = s.minutes.get(m.id);
  const ended = p?.until && !p.copyPublic && p.until < today ? new Date(`${p.until}T23:59:59+01:00`) : null;
  return latest(m.updatedAt, m.noticeSentAt, p?.adjustedAt, ended, ...items.filter((e) => e.public).map((e) => e.modified));
}

export function meetingEntries(s: S, urls: OparlUrls, items: Entry[], today: string): { meetings: Entry[]; locations: Entry[] } {
  const meetings: Entry[] = [];
  const locations: Entry[] = [];
  for (const m of s.meetings) {
    const own = items.filter((e) => e.public && s.items.find((i) => i.id === e.id)?.meetingId === m.id);
    const modified = meetingModified(s, m, own, today);
    const { organCode, date, nthThatDay } = m.ref;
    locations.push({ type: 'Location', id: m.id, created: m.createdAt, modified: m.updatedAt, public: true, tombstone: true, build: () => locationObject(urls, m, m.updatedAt) });
    meetings.push({
      type: 'Meeting', id: m.id, created: m.createdAt, modified, public: true, tombstone: true, organId: m.organId,
      build: () => compact({
        ...head(urls, 'Meeting', m.id, m.createdAt, modified), name: `${m.ref.organName} ${date}`, meetingState: MEETING_STATE[m.state] ?? m.state,
        cancelled: m.state === 'cancelled', start: swedishDateTime(date, m.startTime), end: m.endTime ? swedishDateTime(date, m.endTime) : undefined,
        location: locationObject(urls, m, m.updatedAt), organization: [urls.object('Organization', m.organId)],
        invitation: invitationFile(urls, m), resultsProtocol: protocolFile(s, urls, m),
        agendaItem: own.map((e) => e.build()), web: urls.web(portalUrls.meeting(organCode, date, nthThatDay)),
      }),
    });
  }
  return { meetings, locations };
}
