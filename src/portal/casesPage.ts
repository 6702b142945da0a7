/**
 * /arenden — the public register (diarium): cases by diarienummer, public title and dates, filtered by words in
 * the title or number, 25 a page. A plain GET form, so it works without JavaScript and every page has an address.
 */
import type { PortalCaseList } from '../use-cases/public/portalCases.ts';
import { CASE_STATUS_LABELS, dateTag } from './format.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

const pageUrl = (query: string, page: number): string => {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('sida', String(page));
  const qs = params.toString();
  return qs ? `${portalUrls.cases()}?${qs}` : portalUrls.cases();
};

export function casesPage(bodyName: string, list: PortalCaseList): string {
  const { items, total, page, pages, query } = list;
  const first = (page - 1) * 25 + 1;
  const main = html`<h1>Diarium</h1>
<p class="lead">Diariet är kommunens register över allmänna handlingar. Här visas ärendenas offentliga uppgifter.
Uppgifter som omfattas av sekretess eller skyddade personuppgifter visas inte.</p>
<form class="search-form" method="get" action="${portalUrls.cases()}" role="search" aria-label="Sök i diariet">
  <label for="q">Sök på diarienummer eller ord i rubriken</label>
  <div class="search-row">
    <input id="q" name="q" type="search" value="${query}" maxlength="100" autocomplete="off">
    <button type="submit">Sök</button>
  </div>
</form>
<p>Söker du i handlingarnas innehåll? Använd <a href="${query ? portalUrls.search(query) : portalUrls.search()}">sökningen på hela webbplatsen</a>.</p>
<h2 id="traffar" class="result-count">${total === 0 ? 'Inga ärenden' : `${total} ${total === 1 ? 'ärende' : 'ärenden'}`}${query ? ` som matchar ”${query}”` : ''}</h2>
${total === 0 ? html`<p class="empty">Inga ärenden matchar din sökning. Kontrollera stavningen eller sök på färre ord.</p>` : html`<div class="table-scroll" role="region" tabindex="0" aria-label="Ärenden"><table class="register">
  <caption>Ärenden ${first}–${first + items.length - 1} av ${total}, nyast först</caption>
  <thead><tr><th scope="col">Diarienummer</th><th scope="col">Rubrik</th><th scope="col">Registrerat</th><th scope="col">Status</th><th scope="col">Organ</th></tr></thead>
  <tbody>${items.map((c) => html`<tr>
    <th scope="row"><a href="${c.url}">${c.number}</a></th><td>${c.publicTitle}</td><td>${dateTag(c.openedAt, c.openedAt)}</td>
    <td>${CASE_STATUS_LABELS[c.status] ?? c.status}${c.closedAt ? html` ${dateTag(c.closedAt, c.closedAt)}` : ''}</td><td>${c.organName ?? '–'}</td>
  </tr>`)}</tbody>
</table></div>`}
${pages > 1 ? html`<nav class="pager" aria-label="Sidor i diariet">
  <ul>
    ${page > 1 ? html`<li><a href="${pageUrl(query, page - 1)}" rel="prev">Föregående sida</a></li>` : ''}
    <li aria-current="page">Sida ${page} av ${pages}</li>
    ${page < pages ? html`<li><a href="${pageUrl(query, page + 1)}" rel="next">Nästa sida</a></li>` : ''}
  </ul>
</nav>` : ''}`;
  return layout({ title: query ? `Diarium: ${query}` : 'Diarium', bodyName, current: portalUrls.cases(), main, description: `Diarium för ${bodyName}: ärenden och handlingar` });
}
