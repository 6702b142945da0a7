// Meetings (sammanträden): coming and past meetings grouped by organ, and "Nytt sammanträde" for secretaries
// and admins. For elected members this is their start page, "Mina sammanträden".
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { useReturnFocus } from '../components/Dialog.tsx';
import { ErrorAlert } from '../components/Errors.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/Status.tsx';
import { useT } from '../i18n/i18n.tsx';
import { todayIso } from '../lib/format.ts';
import { canPlanMeetings, isMemberOnly } from '../lib/meetingAccess.ts';
import { useLoad } from '../lib/useLoad.ts';
import { listMeetings } from '../meetingEndpoints.ts';
import { MeetingGroups } from './meetings/MeetingGroups.tsx';
import { NewMeetingDialog } from './meetings/NewMeetingDialog.tsx';

const NEW_BUTTON_ID = 'new-meeting-button';

export function MeetingsPage() {
  const t = useT();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const returnFocus = useReturnFocus();
  const { user } = useAuth();
  const meetings = useLoad((signal) => listMeetings({}, signal), []);
  const [creating, setCreating] = useState(false);
  const memberOnly = isMemberOnly(user);
  const title = memberOnly ? t('meetings.myTitle') : t('meetings.title');

  const items = meetings.data?.items ?? [];
  const today = todayIso();
  const upcoming = items.filter((m) => m.date >= today);
  const past = items.filter((m) => m.date < today).reverse();

  return (
    <>
      <div className="page-title-row">
        <PageHeading title={title} />
        {canPlanMeetings(user) && (
          <div className="page-actions">
            <Link to="/schedules" className="button">
              {t('nav.schedule')}
            </Link>
            <button type="button" id={NEW_BUTTON_ID} className="button-primary" onClick={() => setCreating(true)}>
              {t('meetings.new')}
            </button>
          </div>
        )}
      </div>
      <p className="lead">{memberOnly ? t('meetings.memberIntro') : t('meetings.intro')}</p>

      <ErrorAlert error={meetings.error} />
      {meetings.loading && !meetings.data && <Loading />}
      {meetings.data && (
        <>
          <MeetingGroups
            id="upcoming"
            title={t('meetings.upcoming')}
            meetings={upcoming}
            empty={t('meetings.noneUpcoming')}
            readView={memberOnly}
          />
          <MeetingGroups id="past" title={t('meetings.past')} meetings={past} empty={t('meetings.nonePast')} readView={memberOnly} />
        </>
      )}

      {creating && (
        <NewMeetingDialog
          onClose={() => {
            setCreating(false);
            returnFocus(NEW_BUTTON_ID);
          }}
          onCreated={(meeting) => {
            announce(t('meetings.created', { organ: meeting.organCode, date: meeting.date }));
            navigate(`/meetings/${meeting.id}`);
          }}
        />
      )}
    </>
  );
}
