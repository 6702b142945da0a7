/**
 * /anslagstavla — the municipality's notice board (R-BOARD-1): every posting that is up today, grouped by kind,
 * each with its dates and a link to its own page (and to the public minutes when there are any).
 */
import type { PublicPosting } from '../use-cases/board/publicBoard.ts';
import type { PostingKind } from '../use-cases/board/types.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { postingFacts } from './postingFacts.ts';

const GROUPS: { kind: PostingKind; heading: string }[] = [
  { kind: 'adjusted_minutes', heading: 'Justerade protokoll' },
  { kind: 'meeting_announcement', heading: 'Kungörelser och kallelser till sammanträden' },
  { kind: 'delegated_decision', heading: 'Delegationsbeslut' },
  { kind: 'other', heading: 'Övriga tillkännagivanden' },
];

export function postingUrl(id: string): string {
  return `/anslagstavla/${encodeURIComponent(id)}`;
}

function card(p: PublicPosting) {
  return html`<li class="posting">
  <article aria-labelledby="p-${p.id}">
    <h3 id="p-${p.id}"><a href="${postingUrl(p.id)}">${p.title}</a></h3>
    ${postingFacts(p)}
    ${p.hasMinutes ? html`<p class="minutes-link"><a href="${postingUrl(p.id)}/protokoll.pdf">Läs protokollet (PDF, offentlig version)</a></p>` : ''}
  </article>
</li>`;
}

export function boardPage(bodyName: string, postings: PublicPosting[], today: string): string {
  const groups = GROUPS.map((g) => ({ ...g, items: postings.filter((p) => p.kind === g.kind) })).filter((g) => g.items.length);
  const main = html`<h1>Anslagstavla</h1>
<p class="lead">Här tillkännager ${bodyName} justerade protokoll, sammanträden och delegationsbeslut enligt kommunallagen.
Ett tillkännagivande om ett justerat protokoll sitter uppe minst till och med sista dagen för överklagande.</p>
<p>Vill du överklaga ett beslut? Läs <a href="/overklaga">så överklagar du ett kommunalt beslut</a>.</p>
<p class="muted">Anslagstavlan visar anslagen den <time datetime="${today}">${today}</time>.</p>
${groups.length === 0 ? html`<p class="empty">Det finns inga anslag på anslagstavlan just nu.</p>` : ''}
${groups.map((g) => html`<section aria-labelledby="g-${g.kind}">
  <h2 id="g-${g.kind}">${g.heading} <span class="count">(${g.items.length})</span></h2>
  <ul class="postings">${g.items.map(card)}</ul>
</section>`)}`;
  return layout({ title: 'Anslagstavla', bodyName, current: '/anslagstavla', main, description: `Officiell anslagstavla för ${bodyName}` });
}
