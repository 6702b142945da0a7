// One part of the meeting list (coming or past): a table per organ with date, time, place and state.
import { Link } from 'react-router-dom';
import { MeetingStateBadge } from '../../components/badges.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import type { MeetingSummary } from '../../meetingTypes.ts';

interface Props {
  id: string;
  title: string;
  meetings: MeetingSummary[];
  empty: string;
  /** Link to the member reading view instead of the agenda page. */
  readView: boolean;
}

export function MeetingGroups({ id, title, meetings, empty, readView }: Props) {
  const t = useT();
  const organs = sortBy(
    [...new Map(meetings.map((m) => [m.organId, { id: m.organId, code: m.organCode, name: m.organName }])).values()],
    (o) => o.name,
  );

  return (
    <section className="section meeting-group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {organs.length === 0 && <p className="empty">{empty}</p>}
      {organs.map((organ) => {
        const rows = meetings.filter((m) => m.organId === organ.id);
        const captionId = `${id}-${organ.id}-caption`;
        return (
          <div key={organ.id} className="table-wrap" role="region" aria-labelledby={`${id}-heading ${captionId}`} tabIndex={0}>
            <table className="meetings-table">
              <caption id={captionId}>
                {organ.name} <span className="caption-count">({organ.code})</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('meeting.date')}</th>
                  <th scope="col">{t('meeting.time')}</th>
                  <th scope="col">{t('meeting.place')}</th>
                  <th scope="col">{t('meeting.state')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className="nowrap">
                      <Link to={readView ? `/meetings/${m.id}/read` : `/meetings/${m.id}`}>
                        {m.date}
                        <span className="visually-hidden">, {organ.code}</span>
                      </Link>
                    </th>
                    <td className="nowrap">{m.startTime}</td>
                    <td>{m.place}</td>
                    <td>
                      <MeetingStateBadge state={m.state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
