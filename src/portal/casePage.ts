/**
 * /arenden/:case — one case in the public register: Dnr, public title, dates, organ, its documents as the web
 * register shows them (domain/publicRegister.ts: secret-marked ones left out with a notice, counterparties
 * masked) and the meetings where the case was handled. Only documents published on the web (R-PUB-1) offer their
 * files; the page says how anyone may ask the registry for any public record.
 */
import type { PortalCaseDetail } from '../use-cases/public/portalCases.ts';
import { CASE_STATUS_LABELS, dateTag, DIRECTION_LABELS, DOCUMENT_KIND_LABELS, fileKind, weekdayDate } from './format.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';
import { documentAnchor } from '../use-cases/public/publicDocument.ts';

/** Swedish genitive: "Umeå kommuns", but "Region Västerås" unchanged. */
const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);

export function casePage(bodyName: string, c: PortalCaseDetail): string {
  const main = html`<p class="breadcrumb"><a href="${portalUrls.cases()}">Diarium</a></p>
<h1>${c.publicTitle}</h1>
<dl class="facts">
  <div class="fact"><dt>Diarienummer</dt><dd>${c.number}</dd></div>
  <div class="fact"><dt>Registrerat</dt><dd>${dateTag(c.openedAt)}</dd></div>
  <div class="fact"><dt>Status</dt><dd>${CASE_STATUS_LABELS[c.status] ?? c.status}${c.closedAt ? html`, avslutat ${dateTag(c.closedAt)}` : ''}</dd></div>
  ${c.organName ? html`<div class="fact"><dt>Organ</dt><dd>${c.organName}</dd></div>` : ''}
</dl>

<section aria-labelledby="handlingar">
  <h2 id="handlingar">Handlingar</h2>
  ${c.withheldNotice ? html`<p class="withheld">${c.withheldNotice}</p>` : ''}
  ${c.documents.length ? html`<div class="table-scroll" role="region" tabindex="0" aria-label="Handlingar i ärendet ${c.number}"><table class="register">
    <caption>Handlingar i ärendet ${c.number}</caption>
    <thead><tr><th scope="col">Nummer</th><th scope="col">Datum</th><th scope="col">Typ</th><th scope="col">Beskrivning</th><th scope="col">Avsändare eller mottagare</th></tr></thead>
    <tbody>${c.documents.map((d) => html`<tr id="${documentAnchor(d.number)}">
      <th scope="row">${d.number}</th>
      <td>${dateTag(d.registeredDate, d.registeredDate)}</td>
      <td>${DIRECTION_LABELS[d.direction] ?? d.direction} ${(DOCUMENT_KIND_LABELS[d.kind] ?? d.kind).toLowerCase()}</td>
      <td>${d.description}${d.files.length ? html`<ul class="files">${d.files.map((f) => html`<li><a href="${f.url}">${f.name}</a> <span class="muted">(${fileKind(f.mediaType)})</span></li>`)}</ul>` : ''}</td>
      <td>${d.counterparty ?? '–'}</td>
    </tr>`)}</tbody>
  </table></div>` : html`<p class="empty">Det finns inga offentliga handlingar att visa i ärendet.</p>`}
  <p id="begara-handlingar">Du kan begära ut allmänna handlingar hos ${genitive(bodyName)} registratur, även de som inte går att ladda ned här: alla handlingar publiceras inte på webben, till exempel brev från privatpersoner. Ange diarienumret ${c.number} och gärna handlingens nummer. Du behöver inte berätta vem du är eller varför du vill ha handlingen. Registraturen prövar om något i den omfattas av sekretess innan du får ta del av den.</p>
</section>

<section aria-labelledby="behandling">
  <h2 id="behandling">Behandlat vid sammanträden</h2>
  ${c.meetings.length ? html`<ul class="link-list">${c.meetings.map((m) => html`<li><a href="${m.url}">${m.organName}, ${dateTag(m.date, weekdayDate(m.date))}</a>${m.paragraph ? ` – § ${m.paragraph}` : ''}</li>`)}</ul>`
    : html`<p class="empty">Ärendet har ännu inte behandlats vid något sammanträde.</p>`}
</section>`;
  return layout({ title: `${c.publicTitle} (${c.number})`, bodyName, current: portalUrls.cases(), main, description: `Ärende ${c.number} i diariet för ${bodyName}` });
}
