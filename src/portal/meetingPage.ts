/**
 * /organ/:organ/:meeting — one meeting: date, time, place and state; the public meeting book; the minutes once
 * adjusted and published (R-PUB-1, R-APPEAL-2); the agenda with each item's paragraph, title, Dnr (linked to the
 * case), public documents, withheld documents' notice with its legal ground (R-BOOK-2), closed items marked
 * (R-CALL-5) and the decision where it is public.
 */
import type { PortalAgendaItem, PortalMeetingDetail } from '../use-cases/public/portalMeeting.ts';
import { dateTag, DOCUMENT_KIND_LABELS, fileKind, MEETING_STATE_LABELS, timeSpan, weekdayDate } from './format.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

export const meetingTitle = (organName: string, date: string): string => `${organName} ${weekdayDate(date)}`;

/** `position`: the item's place in the whole agenda, from 1 — its anchor (`#punkt-3`) is short and readable. */
function item(i: PortalAgendaItem, position: number) {
  const hid = `punkt-${position}`;
  return html`<li class="agenda-item${i.withdrawn ? ' withdrawn' : ''}">
  <article aria-labelledby="${hid}">
    <h4 id="${hid}"><span class="paragraph">§ ${i.paragraph}</span> ${i.title}</h4>
    <p class="item-meta">
      ${i.caseNumber ? html`<span>Dnr <a href="${i.caseUrl!}">${i.caseNumber}</a></span>` : ''}
      ${i.open ? '' : html`<span class="tag">Stängt för allmänheten</span>`}
      ${i.withdrawn ? html`<span class="tag">Utgår</span>` : ''}
    </p>
    ${i.withheld ? html`<p class="withheld">${i.withheld}</p>` : ''}
    ${i.documents.length ? html`<ul class="documents">${i.documents.map((d) => html`<li>
      ${d.files.length ? d.files.map((f, n) => html`${n ? ', ' : ''}<a href="${f.url}">${d.description || DOCUMENT_KIND_LABELS.other}</a> <span class="muted">(${fileKind(f.mediaType)})</span>`) : d.description}
      <span class="doc-number">${d.number}</span>
    </li>`)}</ul>` : ''}
    ${i.decision ? html`<div class="decision">
      <p class="decision-label">Beslut</p>
      ${i.decision.lead ? html`<p>${i.decision.lead}</p><ol class="att">${i.decision.clauses.map((c) => html`<li><span class="att-word">att</span> ${c}</li>`)}</ol>` : ''}
      ${i.decision.note ? html`<p>${i.decision.note}</p>` : ''}
    </div>` : ''}
  </article>
</li>`;
}

export function meetingPage(bodyName: string, d: PortalMeetingDetail): string {
  const m = d.meeting;
  const title = meetingTitle(m.organName, m.date);
  let position = 0;
  const main = html`<p class="breadcrumb"><a href="${portalUrls.organs()}">Organ</a> › <a href="${d.organUrl}">${m.organName}</a></p>
<h1>${m.organName} <span class="h1-sub">${dateTag(m.date, weekdayDate(m.date))}</span></h1>
<dl class="facts">
  <div class="fact"><dt>Tid</dt><dd>${timeSpan(m.startTime, m.endTime)}</dd></div>
  <div class="fact"><dt>Plats</dt><dd>${m.place}</dd></div>
  <div class="fact"><dt>Status</dt><dd>${MEETING_STATE_LABELS[m.state] ?? m.state}</dd></div>
</dl>
${m.state === 'cancelled' ? html`<p class="empty">Sammanträdet är inställt.</p>` : ''}

<section aria-labelledby="handlingar">
  <h2 id="handlingar">Kallelse och protokoll</h2>
  <ul class="link-list downloads">
    ${d.bookUrl ? html`<li><a href="${d.bookUrl}">Kallelse med handlingar (PDF, offentlig version)</a></li>` : html`<li>Kallelsen med handlingar publiceras när den har skickats ut till ledamöterna.</li>`}
    ${d.minutes ? html`<li><a href="${d.minutes.htmlUrl}">Protokoll (webbsida)</a>, justerat ${dateTag(d.minutes.adjustedOn)}</li>
    <li><a href="${d.minutes.pdfUrl}">Protokoll (PDF, publicerad version)</a></li>` : ''}
    ${!d.minutes && d.minutesNote ? html`<li>${d.minutesNote}</li>` : ''}
    ${!d.minutes && !d.minutesNote && m.state !== 'cancelled' ? html`<li>Protokollet publiceras här när det har justerats.</li>` : ''}
  </ul>
</section>

<section aria-labelledby="dagordning">
  <h2 id="dagordning">Föredragningslista</h2>
  ${d.agendaPublic ? html`${d.sections.some((s) => s.items.some((i) => !i.open)) ? html`<p class="muted">Ärenden märkta ”Stängt för allmänheten” behandlas inom stängda dörrar.</p>` : ''}
  ${d.sections.map((s, n) => html`<section class="agenda-section" aria-labelledby="avsnitt-${n}">
    <h3 id="avsnitt-${n}">${s.heading}</h3>
    <ol class="agenda">${s.items.map((i) => item(i, ++position))}</ol>
  </section>`)}` : html`<p class="empty">Föredragningslistan publiceras när kallelsen har skickats ut.</p>`}
</section>`;
  return layout({ title, bodyName, current: portalUrls.organs(), main, description: `Sammanträde med ${m.organName} ${m.date}: föredragningslista, handlingar och protokoll` });
}
