/**
 * A table of meetings (date linked to the meeting's page, time, organ, place, state) with a caption, used by
 * the organ page and the meeting calendar. The state is written out in words, never shown by colour alone.
 */
import type { PortalMeeting } from '../use-cases/public/portalOrgans.ts';
import { dateTag, MEETING_STATE_LABELS, monthHeading, timeSpan, weekdayDate } from './format.ts';
import { html, type SafeHtml } from './html.ts';

export function meetingTable(caption: string, meetings: readonly PortalMeeting[], options: { organ?: boolean; captionHidden?: boolean } = {}): SafeHtml {
  const showOrgan = options.organ ?? true;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label="${caption}"><table class="meetings">
  <caption${options.captionHidden ? html` class="visually-hidden"` : ''}>${caption}</caption>
  <thead><tr><th scope="col">Datum</th><th scope="col">Tid</th>${showOrgan ? html`<th scope="col">Organ</th>` : ''}<th scope="col">Plats</th><th scope="col">Status</th></tr></thead>
  <tbody>
  ${meetings.map((m) => html`<tr${m.state === 'cancelled' ? html` class="cancelled"` : ''}>
    <th scope="row"><a href="${m.url}">${dateTag(m.date, weekdayDate(m.date))}</a></th>
    <td>${timeSpan(m.startTime, m.endTime)}</td>
    ${showOrgan ? html`<td>${m.organName}</td>` : ''}
    <td>${m.place}</td>
    <td><span class="state state-${m.state}">${MEETING_STATE_LABELS[m.state] ?? m.state}</span></td>
  </tr>`)}
  </tbody>
</table></div>`;
}

/** Past meetings grouped by month (latest month first), one table per month with an h3. */
export function meetingsByMonth(meetings: readonly PortalMeeting[], options: { organ?: boolean } = {}): SafeHtml {
  const months = new Map<string, PortalMeeting[]>();
  for (const m of meetings) {
    const key = m.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), m]);
  }
  return html`${[...months].map(([key, list]) => html`<section aria-labelledby="m-${key}">
  <h3 id="m-${key}">${monthHeading(`${key}-01`)}</h3>
  ${meetingTable(`Sammanträden ${monthHeading(`${key}-01`).toLowerCase()}`, list, { ...options, captionHidden: true })}
</section>`)}`;
}
