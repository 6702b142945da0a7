/**
 * /sok — search across the public site: a plain GET form (query, organ, date range, document kind), the result
 * count, ranked results with their snippets (matched words in <mark>, everything else escaped), and an
 * accessible "no results" state with advice.
 */
import { dateTag } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

export interface SearchFilters { q: string; organ: string; from: string; to: string; kind: string; cursor: string }
export interface PortalSearchHit {
  type: string; title: string; number: string | null; date: string | null; organName: string | null; url: string;
  /** The snippet as text fragments; `marked` fragments are the matched words. */
  snippet: { text: string; marked: boolean }[];
}
/** One page of hits, best first; `nextCursor` leads to the next page. */
export interface PortalSearchResult { hits: PortalSearchHit[]; nextCursor: string | null }
export interface SearchOptions { organs: { slug: string; name: string }[]; kinds: { value: string; label: string }[] }

export const HIT_TYPE_LABELS: Record<string, string> = {
  case: 'Ärende', document: 'Handling', report: 'Tjänsteskrivelse', minutes: 'Protokoll',
};

const snippet = (parts: PortalSearchHit['snippet']): SafeHtml => html`${parts.map((p) => (p.marked ? html`<mark>${p.text}</mark>` : p.text))}`;

const select = (id: string, label: string, value: string, options: { value: string; label: string }[], any: string) => html`<div class="field">
  <label for="${id}">${label}</label>
  <select id="${id}" name="${id}">
    <option value="">${any}</option>
    ${options.map((o) => html`<option value="${o.value}"${o.value === value ? html` selected` : ''}>${o.label}</option>`)}
  </select>
</div>`;

function form(f: SearchFilters, o: SearchOptions): SafeHtml {
  return html`<form class="search-form" method="get" action="${portalUrls.search()}" role="search" aria-label="Sök på webbplatsen">
  <label for="q">Sökord eller diarienummer</label>
  <div class="search-row">
    <input id="q" name="q" type="search" value="${f.q}" maxlength="200" autocomplete="off">
    <button type="submit">Sök</button>
  </div>
  <details class="filter-toggle"${f.organ || f.kind || f.from || f.to ? html` open` : ''}>
  <summary>Avgränsa sökningen</summary>
  <fieldset class="filters">
    <legend class="visually-hidden">Avgränsa sökningen</legend>
    ${select('organ', 'Organ', f.organ, o.organs.map((x) => ({ value: x.slug, label: x.name })), 'Alla organ')}
    ${select('typ', 'Typ av handling', f.kind, o.kinds, 'Alla typer')}
    <div class="field"><label for="fran">Från och med datum</label><input id="fran" name="fran" type="date" value="${f.from}"></div>
    <div class="field"><label for="till">Till och med datum</label><input id="till" name="till" type="date" value="${f.to}"></div>
  </fieldset>
  </details>
</form>`;
}

function hit(h: PortalSearchHit) {
  // A snippet that is only the title highlights the title instead of repeating it.
  const titleOnly = h.snippet.map((p) => p.text).join('') === h.title;
  return html`<li class="hit">
  <article aria-label="${h.title}">
    <p class="hit-type">${HIT_TYPE_LABELS[h.type] ?? h.type}${h.number ? html` · <span class="doc-number">${h.number}</span>` : ''}</p>
    <h3><a href="${h.url}">${titleOnly ? snippet(h.snippet) : h.title}</a></h3>
    ${h.snippet.length && !titleOnly ? html`<p class="snippet">${snippet(h.snippet)}</p>` : ''}
    <p class="muted">${[h.organName, h.date ? dateTag(h.date) : null].filter(Boolean).map((x, i) => html`${i ? ' · ' : ''}${x}`)}</p>
  </article>
</li>`;
}

function moreUrl(f: SearchFilters, cursor: string): string {
  const params = new URLSearchParams({ q: f.q });
  if (f.organ) params.set('organ', f.organ);
  if (f.kind) params.set('typ', f.kind);
  if (f.from) params.set('fran', f.from);
  if (f.to) params.set('till', f.to);
  params.set('fler', cursor);
  return `${portalUrls.search()}?${params.toString()}`;
}

function results(f: SearchFilters, r: PortalSearchResult): SafeHtml {
  const n = r.hits.length;
  const count = n === 0 ? 'Inga träffar' : r.nextCursor ? `Fler än ${n} träffar` : `${n} ${n === 1 ? 'träff' : 'träffar'}`;
  return html`<section aria-labelledby="resultat" class="results">
  <h2 id="resultat">${f.cursor ? 'Fler träffar' : count} för ”${f.q}”</h2>
  ${n === 0 ? html`<div class="empty" role="status">
    <p>Sökningen gav inga träffar. Du kan</p>
    <ul><li>kontrollera stavningen,</li><li>söka på färre eller andra ord,</li><li>ta bort avgränsningar av organ, datum eller typ,</li>
    <li>bläddra i <a href="${portalUrls.cases()}">diariet</a> eller bland <a href="${portalUrls.meetings()}">sammanträdena</a>.</li></ul>
  </div>` : html`<p class="muted" role="status">De bäst matchande träffarna visas först.</p>
  <ol class="hits">${r.hits.map(hit)}</ol>
  ${r.nextCursor ? html`<p class="more"><a href="${moreUrl(f, r.nextCursor)}">Visa fler träffar</a></p>` : ''}`}
</section>`;
}

export function searchPage(bodyName: string, filters: SearchFilters, options: SearchOptions, result: PortalSearchResult | null): string {
  const main = html`<h1>Sök</h1>
<p class="lead">Sök bland ärenden, handlingar, tjänsteskrivelser och protokoll. Sökningen hittar även böjningar och sammansättningar av orden, till exempel ”upphandlingar” och ”telefoniupphandlingen” när du söker på ”upphandling”.</p>
${form(filters, options)}
${result === null ? '' : results(filters, result)}`;
  return layout({ title: filters.q ? `Sök: ${filters.q}` : 'Sök', bodyName, current: portalUrls.search(), main, description: `Sök i ${bodyName}s ärenden, handlingar och protokoll` });
}
