/**
 * The facts of one posting as a description list: kind, organ, meeting date, adjustment date, posting date,
 * last day to appeal, where the minutes are kept (R-BOARD-2, R-APPEAL-1).
 */
import { POSTING_KIND_LABELS, type PostingBody } from '../use-cases/board/types.ts';
import type { PublicPosting } from '../use-cases/board/publicBoard.ts';
import { html, type SafeHtml } from './html.ts';

const date = (iso: string): SafeHtml => html`<time datetime="${iso}">${iso}</time>`;

/** Why the posting is there, in one or two sentences. */
export function postingStatement(p: PublicPosting): string {
  const b: PostingBody = p.body;
  switch (p.kind) {
    case 'adjusted_minutes':
      return `Protokollet från sammanträdet med ${b.organName ?? 'organet'} ${b.meetingDate ?? ''} justerades ${b.adjustedOn ?? ''}. `
        + `Justeringen tillkännages genom detta anslag från ${p.postedOn}.`;
    case 'delegated_decision':
      return `Beslutet har fattats ${b.decisionDate ?? ''} av ${b.delegate ?? ''} med stöd av delegation från ${b.organName ?? 'organet'}. `
        + `Det tillkännages genom detta anslag från ${p.postedOn}.`;
    case 'meeting_announcement':
      return `${b.organName ?? 'Organet'} sammanträder ${b.meetingDate ?? ''}${b.startTime ? ` klockan ${b.startTime}` : ''}${b.place ? ` i ${b.place}` : ''}.`
        + (b.renewed ? ' Kungörelsen ersätter en tidigare kungörelse för samma sammanträde.' : '');
    default:
      return '';
  }
}

export function postingFacts(p: PublicPosting): SafeHtml {
  const b = p.body;
  const rows: [string, SafeHtml | string, string?][] = [['Typ av anslag', POSTING_KIND_LABELS[p.kind]]];
  if (p.organName) rows.push(['Organ', p.organName]);
  if (b.meetingDate) rows.push(['Sammanträdesdatum', date(b.meetingDate)]);
  if (b.startTime && p.kind === 'meeting_announcement') rows.push(['Tid', `klockan ${b.startTime}`]);
  if (b.place && p.kind === 'meeting_announcement') rows.push(['Plats', b.place]);
  if (b.decisionTitle) rows.push(['Beslut', b.decisionTitle]);
  if (b.decisionDate) rows.push(['Beslutsdatum', date(b.decisionDate)]);
  if (b.delegate) rows.push(['Beslutsfattare', b.delegate]);
  if (b.caseNumber) rows.push(['Diarienummer', b.caseNumber]);
  if (b.adjustedOn) rows.push(['Datum för justering', date(b.adjustedOn)]);
  rows.push(['Anslaget', date(p.postedOn)]);
  if (p.lastAppealDay) rows.push(['Sista dag för överklagande', date(p.lastAppealDay), 'fact deadline']);
  rows.push([p.lastAppealDay ? 'Anslaget tas ned tidigast' : 'Anslaget sitter uppe till och med', date(p.lastAppealDay ? p.removableFrom : p.body.meetingDate ?? p.removableFrom)]);
  if (b.keptAt) rows.push([p.kind === 'adjusted_minutes' ? 'Protokollet förvaras' : 'Beslutet förvaras', b.keptAt]);
  return html`<dl class="facts">${rows.map(([term, value, cls]) => html`<div class="${cls ?? 'fact'}"><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}
