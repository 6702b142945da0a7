// The members' reading view of a meeting: the agenda as a readable list; per item its documents, each opening
// inline with a download link and the member's notes beside it. Works on a tablet in either orientation.
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { ErrorAlert } from '../components/Errors.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/Status.tsx';
import { useT } from '../i18n/i18n.tsx';
import { isMemberOnly } from '../lib/meetingAccess.ts';
import { useLoad } from '../lib/useLoad.ts';
import { getMeeting } from '../meetingEndpoints.ts';
import { BookLinks } from './meetings/BookLinks.tsx';
import { ItemSummary } from './meetings/ItemSummary.tsx';
import { MeetingFacts } from './meetings/MeetingFacts.tsx';
import { ReadDocument } from './meetings/ReadDocument.tsx';

export function MeetingReadPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const loaded = useLoad((signal) => getMeeting(id, signal), [id]);
  const meeting = loaded.data;
  const memberOnly = isMemberOnly(user);
  const notFound = loaded.error instanceof ApiError && loaded.error.code === 'not_found';
  const title = meeting
    ? t('read.heading', { organ: meeting.organCode, date: meeting.date })
    : notFound
      ? t('meeting.notFound')
      : t('meeting.loading');

  return (
    <div className="read-view">
      <p className="breadcrumb">
        {memberOnly ? (
          <Link to="/meetings">{t('read.backToList')}</Link>
        ) : (
          <Link to={`/meetings/${id}`}>{t('read.backToAgenda')}</Link>
        )}
      </p>
      <PageHeading title={title}>
        {meeting ? (
          <>
            <span className="case-number">{t('read.eyebrow')}</span> {meeting.organName} {meeting.date}
          </>
        ) : undefined}
      </PageHeading>
      {notFound ? <p>{t('meeting.notFoundText')}</p> : <ErrorAlert error={loaded.error} />}
      {!meeting && loaded.loading && <Loading />}

      {meeting && (
        <>
          <MeetingFacts meeting={meeting} />
          {memberOnly && (meeting.state === 'held' || meeting.state === 'adjusted') && (
            <p>
              <Link to={`/meetings/${meeting.id}/minutes/sign`}>{t('minutes.signLink')}</Link>
            </p>
          )}
          <BookLinks meetingId={meeting.id} />
          <nav className="read-toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">{t('read.toc')}</h2>
            <ol>
              {meeting.sections.flatMap((s) =>
                s.items.map((item) => (
                  <li key={item.id}>
                    <a href={`#read-item-${item.id}`} className={item.withdrawn ? 'withdrawn' : undefined}>
                      § {item.paragraphLabel} {item.title}
                    </a>
                    {item.withdrawn && <span className="muted"> ({t('item.withdrawn')})</span>}
                  </li>
                )),
              )}
            </ol>
          </nav>
          {meeting.sections
            .filter((s) => s.items.length > 0)
            .map((section) => (
              <section key={section.id} className="read-section" aria-labelledby={`read-section-${section.id}`}>
                <h2 id={`read-section-${section.id}`}>{section.heading}</h2>
                {section.items.map((item) => (
                  <article key={item.id} id={`read-item-${item.id}`} className="read-item" aria-labelledby={`read-item-${item.id}-title`}>
                    <ItemSummary item={item} level={3} linkCase={!memberOnly} headingId={`read-item-${item.id}-title`} />
                    {item.documents.length === 0 ? (
                      <p className="muted">{t('item.noDocuments')}</p>
                    ) : (
                      <ul className="read-docs">
                        {item.documents.map((doc) => (
                          <li key={doc.id}>
                            <ReadDocument doc={doc} purpose={`Mötesbok inför sammanträdet ${meeting.organCode} ${meeting.date}`} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </article>
                ))}
              </section>
            ))}
        </>
      )}
    </div>
  );
}
