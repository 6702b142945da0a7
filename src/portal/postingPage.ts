/**
 * /anslagstavla/:id — one posting with its full statement, its facts and (for meeting announcements) the
 * matters to be handled.
 */
import type { PublicPosting } from '../use-cases/board/publicBoard.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { postingFacts, postingStatement } from './postingFacts.ts';
import { postingUrl } from './boardPage.ts';

export function postingPage(bodyName: string, p: PublicPosting): string {
  const matters = p.body.matters ?? [];
  const main = html`<p class="breadcrumb"><a href="/anslagstavla">Anslagstavla</a></p>
<h1>${p.title}</h1>
<p class="lead">${postingStatement(p)}</p>
${postingFacts(p)}
${p.hasMinutes ? html`<p class="minutes-link"><a href="${postingUrl(p.id)}/protokoll.pdf">Läs protokollet (PDF, offentlig version)</a></p>` : ''}
${matters.length ? html`<h2>Ärenden</h2><ol class="matters">${matters.map((m) => html`<li>${m}</li>`)}</ol>` : ''}
${p.lastAppealDay ? html`<h2>Överklaga</h2>
<p>Den som är medlem i kommunen kan överklaga beslutet genom laglighetsprövning. Överklagandet ska ha kommit in till
förvaltningsrätten senast <strong><time datetime="${p.lastAppealDay}">${p.lastAppealDay}</time></strong>.
<a href="/overklaga">Så överklagar du ett kommunalt beslut</a>.</p>` : ''}
<p><a href="/anslagstavla">Tillbaka till anslagstavlan</a></p>`;
  return layout({ title: p.title, bodyName, current: '/anslagstavla', main });
}

export function missingPostingPage(bodyName: string): string {
  const main = html`<h1>Anslaget finns inte</h1>
<p>Anslaget finns inte på anslagstavlan. Det kan ha tagits ned efter att tiden för överklagande gått ut.</p>
<p><a href="/anslagstavla">Till anslagstavlan</a></p>`;
  return layout({ title: 'Anslaget finns inte', bodyName, current: '/anslagstavla', main });
}
