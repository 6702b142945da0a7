// The facts of a meeting: organ, date, time, place, state, when the notice went out, and the comment.
import { MeetingStateBadge } from '../../components/badges.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { timeSpan } from '../../lib/meetingAccess.ts';
import type { Meeting } from '../../meetingTypes.ts';

export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>{t('meeting.organ')}</dt>
        <dd>
          {meeting.organName} ({meeting.organCode})
        </dd>
      </div>
      <div>
        <dt>{t('meeting.date')}</dt>
        <dd>{meeting.date}</dd>
      </div>
      <div>
        <dt>{t('meeting.time')}</dt>
        <dd>{timeSpan(meeting)}</dd>
      </div>
      <div>
        <dt>{t('meeting.place')}</dt>
        <dd>{meeting.place}</dd>
      </div>
      <div>
        <dt>{t('meeting.state')}</dt>
        <dd>
          <MeetingStateBadge state={meeting.state} />
        </dd>
      </div>
      {meeting.noticeSentAt && (
        <div>
          <dt>{t('meeting.noticeSentAt')}</dt>
          <dd>{formatDateTime(meeting.noticeSentAt)}</dd>
        </div>
      )}
      {meeting.comment && (
        <div className="facts-wide">
          <dt>{t('meeting.comment')}</dt>
          <dd className="pre-line">{meeting.comment}</dd>
        </div>
      )}
    </dl>
  );
}
