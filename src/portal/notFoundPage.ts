/**
 * The portal's "not found" page (404) for an organ, meeting, case or minutes that does not exist or is not
 * public — the two look the same, so a guessed address reveals nothing.
 */
import { html } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

export function notFoundPage(bodyName: string, what = 'Sidan', back: { url: string; label: string } = { url: portalUrls.board(), label: 'Till anslagstavlan' }, current?: string): string {
  const main = html`<h1>${what} finns inte</h1>
<p>Vi hittar inte det du söker. Adressen kan vara felstavad, eller så är uppgifterna inte offentliga på webbplatsen.</p>
<ul class="link-list">
  <li><a href="${back.url}">${back.label}</a></li>
  <li><a href="${portalUrls.search()}">Sök på webbplatsen</a></li>
</ul>`;
  return layout({ title: `${what} finns inte`, bodyName, current, main });
}
