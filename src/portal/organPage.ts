/**
 * /organ/:organ — one organ: its coming and past meetings, its members by party (names and roles only; people
 * with protected identity are never listed, R-REG-7), and subscriptions (the calendars of its meetings and of its
 * annual-cycle deadlines, e-mail).
 */
import type { PortalOrganDetail } from '../use-cases/public/portalOrgans.ts';
import { ORGAN_KIND_LABELS, ROLE_LABELS } from './format.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { meetingsByMonth, meetingTable } from './meetingTable.ts';
import { portalUrls } from './urls.ts';

export function organPage(bodyName: string, o: PortalOrganDetail): string {
  const memberCount = o.parties.reduce((n, p) => n + p.members.length, 0);
  const main = html`<p class="breadcrumb"><a href="${portalUrls.organs()}">Organ</a></p>
<h1>${o.name}</h1>
<p class="lead">${ORGAN_KIND_LABELS[o.kind] ?? o.kind}${o.parentName ? ` under ${o.parentName}` : ''} i ${bodyName}. Förkortning: ${o.code}.</p>

<section aria-labelledby="prenumerera" class="subscribe">
  <h2 id="prenumerera">Följ ${o.name}</h2>
  <ul class="link-list">
    <li><a href="${portalUrls.organCalendar(o.code)}">Prenumerera på sammanträdena i din kalender (iCalendar)</a></li>
    <li><a href="${portalUrls.organAnnualCycle(o.code)}">Prenumerera på organets viktiga datum i årshjulet (iCalendar)</a></li>
    <li><a href="${portalUrls.subscribe(o.code)}">Få e-post när kallelser och protokoll publiceras</a></li>
  </ul>
</section>

<section aria-labelledby="kommande">
  <h2 id="kommande">Kommande sammanträden</h2>
  ${o.coming.length ? meetingTable(`Kommande sammanträden med ${o.name}`, o.coming, { organ: false }) : html`<p class="empty">Inga kommande sammanträden är planerade.</p>`}
</section>

<section aria-labelledby="tidigare">
  <h2 id="tidigare">Tidigare sammanträden</h2>
  ${o.past.length ? meetingsByMonth(o.past, { organ: false }) : html`<p class="empty">Det finns inga tidigare sammanträden.</p>`}
</section>

<section aria-labelledby="ledamoter">
  <h2 id="ledamoter">Ledamöter och ersättare</h2>
  ${memberCount === 0 ? html`<p class="empty">Det finns inga ledamöter att visa.</p>` : html`<p class="muted">${memberCount} förtroendevalda, ordnade efter parti.</p>
  <div class="parties">${o.parties.map((p) => html`<section class="party" aria-labelledby="parti-${p.code ?? 'utan'}">
    <h3 id="parti-${p.code ?? 'utan'}">${p.name}${p.code ? ` (${p.code})` : ''}</h3>
    <ul>${p.members.map((m) => html`<li>${m.name}<span class="role">, ${ROLE_LABELS[m.role] ?? m.role}</span></li>`)}</ul>
  </section>`)}</div>`}
</section>`;
  return layout({ title: o.name, bodyName, current: portalUrls.organs(), main, description: `${o.name} i ${bodyName}: sammanträden och ledamöter` });
}
