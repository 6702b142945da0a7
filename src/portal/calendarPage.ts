/**
 * /sammantraden — the meeting calendar: every organ's coming meetings, then the past ones by month.
 */
import type { PortalMeeting } from '../use-cases/public/portalOrgans.ts';
import { dateTag } from './format.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { meetingsByMonth, meetingTable } from './meetingTable.ts';
import { portalUrls } from './urls.ts';

export function calendarPage(bodyName: string, coming: PortalMeeting[], past: PortalMeeting[], today: string): string {
  const main = html`<h1>Sammanträden</h1>
<p class="lead">Här finns alla sammanträden med kommunens politiska organ: kallelser och handlingar inför mötet, och protokollet när det har justerats.</p>
<p>Vill du följa ett visst organ? Välj det under <a href="${portalUrls.organs()}">Organ</a>, där kan du prenumerera på dess sammanträden.</p>
<p class="muted">Listan visar läget den ${dateTag(today)}.</p>

<section aria-labelledby="kommande">
  <h2 id="kommande">Kommande sammanträden</h2>
  ${coming.length ? meetingTable('Kommande sammanträden, alla organ', coming) : html`<p class="empty">Inga kommande sammanträden är planerade.</p>`}
</section>

<section aria-labelledby="tidigare">
  <h2 id="tidigare">Tidigare sammanträden</h2>
  ${past.length ? meetingsByMonth(past) : html`<p class="empty">Det finns inga tidigare sammanträden.</p>`}
</section>`;
  return layout({ title: 'Sammanträden', bodyName, current: portalUrls.meetings(), main, description: `Sammanträden med de politiska organen i ${bodyName}` });
}
