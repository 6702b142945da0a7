/**
 * /organ — the municipality's decision-making organs, each with its next and last meeting.
 */
import type { PortalMeeting, PortalOrgan } from '../use-cases/public/portalOrgans.ts';
import { dateTag, ORGAN_KIND_LABELS, weekdayDate } from './format.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

const meetingLine = (label: string, m: PortalMeeting | null) => html`<div class="fact"><dt>${label}</dt><dd>${m
  ? html`<a href="${m.url}">${dateTag(m.date, weekdayDate(m.date))}</a>, kl. ${m.startTime}`
  : 'Inget sammanträde'}</dd></div>`;

function card(o: PortalOrgan) {
  return html`<li class="card">
  <article aria-labelledby="o-${o.code}">
    <h2 id="o-${o.code}" class="card-title"><a href="${o.url}">${o.name}</a> <span class="code">(${o.code})</span></h2>
    <p class="muted">${ORGAN_KIND_LABELS[o.kind] ?? o.kind}${o.parentName ? ` under ${o.parentName}` : ''}</p>
    <dl class="facts">${meetingLine('Nästa sammanträde', o.next)}${meetingLine('Senaste sammanträde', o.last)}</dl>
  </article>
</li>`;
}

export function organsPage(bodyName: string, organs: PortalOrgan[]): string {
  const main = html`<h1>Organ</h1>
<p class="lead">Kommunfullmäktige, kommunstyrelsen med utskott och nämnderna fattar de politiska besluten i ${bodyName}.
Här ser du när de sammanträder, vilka ärenden de behandlar och vilka som är ledamöter.</p>
<p>Alla sammanträden i en lista finns under <a href="${portalUrls.meetings()}">Sammanträden</a>.</p>
${organs.length ? html`<ul class="cards">${organs.map(card)}</ul>` : html`<p class="empty">Det finns inga organ att visa.</p>`}`;
  return layout({ title: 'Organ', bodyName, current: portalUrls.organs(), main, description: `Politiska organ i ${bodyName} och deras sammanträden` });
}
