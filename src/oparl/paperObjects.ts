/**
 * Paper (a case: `reference` = diarienummer, `name` = the public title), Consultation (the case's handling in
 * an organ; `authoritative` where the organ decides, R-PREP-1) and File (a public document's file). Documents
 * that are secret-marked or hold protected personal data are not public (R-REG-3, R-REG-7): their files are
 * never listed, and a document marked secret after registration is answered as deleted under `modified_since`.
 */
import { portalUrls } from '../portal/urls.ts';
import { compact, head, type Entry, type Json } from './entry.ts';
import { CONSULTATION_ROLE, latest } from './format.ts';
import type { Snapshot, SnapshotFile } from './snapshot.ts';
import type { OparlUrls } from './urls.ts';

type S = NonNullable<Snapshot>;

export function fileModified(f: SnapshotFile): Date {
  return latest(f.createdAt, f.documentUpdatedAt, f.releasedAt, f.hiddenAt);
}

export function fileObject(s: S, urls: OparlUrls, f: SnapshotFile, publicItems: Set<string>): Json {
  const access = urls.web(portalUrls.file(f.id));
  const items = s.itemDocuments.filter((l) => l.documentId === f.documentId && publicItems.has(l.itemId)).map((l) => l.itemId);
  const meetingOf = new Map(s.items.map((i) => [i.id, i.meetingId]));
  return compact({
    ...head(urls, 'File', f.id, f.createdAt, fileModified(f)), name: `${f.documentNumber} ${f.documentTitle}`, fileName: f.name, mimeType: f.mediaType,
    date: f.registeredDate, size: f.size, accessUrl: access, downloadUrl: `${access}?download=1`, 'namnd:sha256': f.sha256,
    paper: [urls.object('Paper', f.caseId)], agendaItem: items.map((id) => urls.object('AgendaItem', id)),
    meeting: [...new Set(items.map((id) => meetingOf.get(id)!))].map((id) => urls.object('Meeting', id)),
    web: urls.web(portalUrls.document(f.documentId)),
  });
}

export function fileEntries(s: S, urls: OparlUrls, publicItems: Set<string>): Entry[] {
  return s.files.map((f) => ({
    type: 'File', id: f.id, created: f.createdAt, modified: fileModified(f), public: f.public, tombstone: f.hiddenAt !== null,
    build: () => fileObject(s, urls, f, publicItems),
  }));
}

export function consultationEntries(s: S, urls: OparlUrls, publicItems: Set<string>): Entry[] {
  const items = new Map(s.items.map((i) => [i.id, i]));
  return s.consultations.map((c) => {
    const item = c.agendaItemId && publicItems.has(c.agendaItemId) ? items.get(c.agendaItemId) : undefined;
    return {
      type: 'Consultation', id: c.id, created: c.createdAt, modified: c.updatedAt, public: true, tombstone: true, organId: c.organId,
      build: () => compact({
        ...head(urls, 'Consultation', c.id, c.createdAt, c.updatedAt), paper: urls.object('Paper', c.caseId),
        agendaItem: item ? urls.object('AgendaItem', item.id) : undefined, meeting: item ? urls.object('Meeting', item.meetingId) : undefined,
        organization: [urls.object('Organization', c.organId)], authoritative: c.authoritative, role: CONSULTATION_ROLE[c.role] ?? c.role,
      }),
    };
  });
}

export function paperEntries(s: S, urls: OparlUrls, consultations: Entry[], publicItems: Set<string>): Entry[] {
  return s.cases.map((c) => {
    const own = s.files.filter((f) => f.caseId === c.id);
    const shown = own.filter((f) => f.public);
    const cons = consultations.filter((e) => s.consultations.find((x) => x.id === e.id)?.caseId === c.id);
    const modified = latest(c.updatedAt, ...own.map(fileModified), ...cons.map((e) => e.modified));
    const main = shown.find((f) => f.documentKind === 'official_report' && f.mediaType === 'application/pdf');
    return {
      type: 'Paper', id: c.id, created: c.createdAt, modified, public: true, tombstone: true, organId: c.organId ?? undefined,
      build: () => compact({
        ...head(urls, 'Paper', c.id, c.createdAt, modified), body: urls.object('Body', s.body.id), name: c.publicTitle, reference: c.number,
        date: c.openedAt, paperType: 'Ärende', underDirectionOf: c.organId ? [urls.object('Organization', c.organId)] : undefined,
        mainFile: main ? fileObject(s, urls, main, publicItems) : undefined,
        auxiliaryFile: shown.filter((f) => f !== main).map((f) => fileObject(s, urls, f, publicItems)),
        consultation: cons.map((e) => e.build()), web: urls.web(portalUrls.case(c.number)),
      }),
    };
  });
}
