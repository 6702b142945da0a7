/**
 * A meeting as its public page shows it: date, time, place and state; once the notice is out, the agenda with
 * each item's public documents — secret-marked and protected ones withheld with the notice of the public book
 * (R-BOOK-2) — and the public book; once the minutes are adjusted and published (R-PUB-1, R-APPEAL-2), the
 * minutes and each public paragraph's decision, taken from the masked public copy. Read without an actor.
 */
import { loadMeeting } from '../../db/repositories/agenda.ts';
import { swedishDate } from '../../domain/dates.ts';
import { publicReader } from '../../disclosure/reader.ts';
import { planBook } from '../../domain/book.ts';
import { portalUrls } from '../../portal/urls.ts';
import type { Services } from '../context.ts';
import { minutesPublicity } from './minutesPublicity.ts';
import { listPortalMeetings, type PortalMeeting } from './portalOrgans.ts';
import { publicMinutesDocument } from './portalMinutes.ts';
import { findMeetingBySlug } from './resolve.ts';

export interface PortalAgendaDocument { number: string; description: string; files: { id: string; name: string; mediaType: string; url: string }[] }
export interface PortalDecision { lead: string | null; clauses: string[]; note: string | null }
export interface PortalAgendaItem {
  id: string; paragraph: string; title: string; caseNumber: string | null; caseUrl: string | null; open: boolean; withdrawn: boolean;
  documents: PortalAgendaDocument[]; withheld: string | null; decision: PortalDecision | null;
}
export interface PortalMeetingDetail {
  meeting: PortalMeeting; organUrl: string;
  /** The agenda is public once the notice has been sent. */
  agendaPublic: boolean;
  sections: { heading: string; items: PortalAgendaItem[] }[];
  bookUrl: string | null;
  minutes: { htmlUrl: string; pdfUrl: string; adjustedOn: string; until: string | null } | null;
  /** Adjusted, but not (or no longer) published: why, in one sentence. */
  minutesNote: string | null;
}

export async function getPortalMeeting(services: Services, bodyId: string, organSlugValue: string, meetingSlugValue: string): Promise<PortalMeetingDetail | undefined> {
  const ref = await findMeetingBySlug(services, bodyId, organSlugValue, meetingSlugValue);
  const view = ref ? await loadMeeting(services.db, publicReader(bodyId, swedishDate(services.clock.now())), ref.id) : undefined;
  if (!ref || !view) return undefined;
  const meeting = (await listPortalMeetings(services, bodyId, ref.organId)).find((m) => m.id === ref.id)!;
  const agendaPublic = view.noticeSentAt !== null && view.state !== 'cancelled';
  const publicity = (await minutesPublicity(services, bodyId, [ref.id])).get(ref.id);
  const minutesDoc = publicity && [...publicity.itemPublic.values()].some(Boolean) ? await publicMinutesDocument(services, bodyId, ref.id) : undefined;

  const docs = new Map(view.sections.flatMap((s) => s.items.flatMap((i) => i.documents)).map((d) => [d.id, d]));

  const sections = agendaPublic ? view.sections.map((s) => {
    const plan = planBook(s.items.map((i) => ({
      id: i.id, paragraph: i.paragraphLabel, title: i.title, caseNumber: i.caseNumber, section: s.heading, public: i.public,
      documents: i.documents.map((d) => ({ id: d.id, number: d.number, title: d.description, secrecyGround: d.secrecyGround, protectedPersonalData: d.protectedPersonalData, readableByMembers: false })),
    })), 'public');
    return {
      heading: s.heading,
      items: s.items.map((i, index): PortalAgendaItem => {
        const entries = plan[index]!.entries;
        const minutesItem = minutesDoc && publicity?.itemPublic.get(i.id) ? minutesDoc.items.find((m) => m.paragraph === `§ ${i.paragraph}`) : undefined;
        return {
          id: i.id, paragraph: i.paragraphLabel, title: i.title, caseNumber: i.caseNumber, caseUrl: i.caseNumber ? portalUrls.case(i.caseNumber) : null,
          open: i.public, withdrawn: i.withdrawn,
          withheld: entries.find((e) => e.kind === 'withheld')?.text ?? null,
          documents: entries.flatMap((e) => (e.kind === 'document' ? [{
            number: e.number, description: e.title,
            files: docs.get(e.documentId)!.files.map((f) => ({ id: f.id, name: f.name, mediaType: f.mediaType, url: portalUrls.file(f.id) })),
          }] : [])),
          decision: minutesItem && (minutesItem.decisionLead || minutesItem.decisionNote)
            ? { lead: minutesItem.decisionLead, clauses: minutesItem.clauses, note: minutesItem.decisionNote } : null,
        };
      }),
    };
  }).filter((s) => s.items.length) : [];

  const nth = ref.nthThatDay;
  const minutesUrl = portalUrls.meetingMinutes(ref.organCode, ref.date, nth);
  let minutesNote: string | null = null;
  if (publicity && !publicity.copyPublic) {
    minutesNote = [...publicity.itemPublic.values()].some(Boolean)
      ? 'Protokollet är justerat. Det publiceras i sin helhet när de ärenden som utskottet har berett är avgjorda; besluten i övriga paragrafer visas nedan.'
      : 'Protokollet är justerat men publiceras inte på webbplatsen just nu. Du kan beställa det från registraturen.';
  }
  return {
    meeting, organUrl: portalUrls.organ(ref.organCode), agendaPublic, sections,
    bookUrl: agendaPublic ? portalUrls.meetingBook(ref.organCode, ref.date, nth) : null,
    minutes: publicity?.copyPublic ? { htmlUrl: minutesUrl, pdfUrl: `${minutesUrl}.pdf`, adjustedOn: publicity.adjustedOn, until: publicity.until } : null,
    minutesNote,
  };
}
