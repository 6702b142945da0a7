// Notice deadlines (R-CALL-1, R-CALL-2) as dated reminders, the server's deadline warnings, and a banner when the
// agenda changed after the notice went out and a new notice is due.
import { useT } from '../../i18n/i18n.tsx';
import type { Meeting } from '../../meetingTypes.ts';

export function NoticeStatus({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const d = meeting.deadlines;
  const beforeNotice = meeting.state === 'planned';
  return (
    <>
      {meeting.needsNewNotice && (
        <div className="alert alert-warning" role="status">
          <p className="alert-title">{t('notice.newNeededTitle')}</p>
          <p>{t('notice.newNeeded')}</p>
        </div>
      )}
      {d && d.warnings.length > 0 && (
        <div className="alert alert-warning">
          <p className="alert-title">{t('notice.warningsTitle')}</p>
          <ul>
            {d.warnings.map((w) => (
              <li key={w} lang="sv">
                {w}
              </li>
            ))}
          </ul>
        </div>
      )}
      {d && beforeNotice && (
        <div className="alert deadlines">
          <p className="alert-title">{t('notice.deadlinesTitle')}</p>
          <ul>
            <li>{t('notice.callBy', { date: d.callMembersBy })}</li>
            {d.announceBy && <li>{t('notice.announceBy', { date: d.announceBy })}</li>}
            {d.urgentMattersBy && <li>{t('notice.urgentBy', { date: d.urgentMattersBy })}</li>}
          </ul>
        </div>
      )}
    </>
  );
}
