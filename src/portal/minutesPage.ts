/**
 * /organ/:organ/:meeting/protokoll — the adjusted minutes as an accessible web page (R-BOOK-3): the masked public
 * copy (R-PUB-1) rendered by documents/renderMinutes.ts, with a list of its paragraphs and the PDF link.
 */
import type { MinutesDoc } from '../documents/renderMinutes.ts';
import { renderMinutesHtml } from '../documents/renderMinutes.ts';
import { weekdayDate } from './format.ts';
import { html, SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

export interface MinutesPageInput { doc: MinutesDoc; organName: string; organUrl: string; meetingUrl: string; pdfUrl: string; date: string }

export function minutesPage(bodyName: string, p: MinutesPageInput): string {
  const intro = html`<div class="minutes-intro">
  <p><a href="${p.pdfUrl}">Ladda ned protokollet (PDF, publicerad version)</a></p>
  <nav aria-label="Paragrafer i protokollet" class="toc">
    <p class="toc-title">Paragrafer</p>
    <ul>${p.doc.items.map((i) => html`<li><a href="#${i.label}">${i.paragraph} ${i.title}</a></li>`)}</ul>
  </nav>
</div>`;
  // renderMinutesHtml escapes every value it writes.
  const article = renderMinutesHtml(p.doc).replace('</header>', `</header>\n${intro.value}`);
  const main = html`<p class="breadcrumb"><a href="${portalUrls.organs()}">Organ</a> › <a href="${p.organUrl}">${p.organName}</a> › <a href="${p.meetingUrl}">Sammanträdet ${weekdayDate(p.date)}</a></p>
${new SafeHtml(article)}`;
  return layout({ title: `Protokoll ${p.organName} ${p.date}`, bodyName, current: portalUrls.organs(), main, description: `Justerat protokoll från sammanträdet med ${p.organName} ${p.date}` });
}
