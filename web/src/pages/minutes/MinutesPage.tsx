// The secretary's minutes page: status and R-JUST-1 deadline, draw up (or a new version), send for signing,
// the signatures and rejections, downloads (PDF, HTML, public copy), extracts and their dispatch.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { DeadlineNotice, MinutesStatus, SignerList } from './MinutesStatus.tsx';
import { ExtractList } from './ExtractList.tsx';
import {
  generateMinutes, getMinutes, minutesHtmlUrl, minutesPdfUrl, publicHtmlUrl, publicPdfUrl, sendMinutes, type MinutesView,
} from './minutesApi.ts';

export function MinutesPage() {
  const t = useT();
  const announce = useAnnounce();
  const { id = '' } = useParams();
  const loaded = useLoad((signal) => getMinutes(id, signal), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const minutes = loaded.data;
  const done = (view: MinutesView, message: string) => {
    loaded.setData(view);
    setNotice(message);
    announce(message);
  };
  const generate = useSubmit(async () => {
    const view = await generateMinutes(id);
    setWarnings(view.warnings ?? []);
    done(view, t('minutes.generated', { version: view.version }));
  });
  const send = useSubmit(async () => done(await sendMinutes(id), t('minutes.sent')));
  const notFound = loaded.error instanceof ApiError && loaded.error.code === 'not_found';
  const title = minutes ? t('minutes.heading', { organ: minutes.organName, date: minutes.meetingDate }) : t('minutes.loading');

  return (
    <div className="minutes-page">
      <p className="breadcrumb">
        <Link to={`/meetings/${id}`}>{t('minutes.backToMeeting')}</Link>
      </p>
      <PageHeading title={title} />
      {loaded.loading && !minutes && <Loading />}
      {loaded.error && !notFound ? <ErrorAlert error={loaded.error} /> : null}
      {notFound && <p>{t('error.notFound')}</p>}
      {minutes && (
        <>
          <DeadlineNotice minutes={minutes} />
          {notice && <SuccessNotice onDismiss={() => setNotice(null)}>{notice}</SuccessNotice>}
          {warnings.length > 0 && (
            <div className="alert alert-warning">
              <p className="alert-title">{t('minutes.warnings')}</p>
              <ul>{warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
            </div>
          )}
          <ErrorAlert error={generate.error ?? send.error} />
          <MinutesStatus minutes={minutes} />
          {minutes.me.mayManage && minutes.state !== 'adjusted' && (
            <div className="page-actions">
              <button type="button" className={minutes.state === 'none' ? 'button-primary' : undefined} disabled={generate.busy} onClick={() => void generate.run()}>
                {generate.busy ? t('minutes.generating') : minutes.state === 'none' ? t('minutes.generate') : t('minutes.regenerate')}
              </button>
              {minutes.state === 'draft' && (
                <button type="button" className="button-primary" disabled={send.busy} onClick={() => void send.run()}>
                  {send.busy ? t('minutes.sending') : t('minutes.send')}
                </button>
              )}
            </div>
          )}
          {minutes.state === 'none' && !['held', 'adjusted'].includes(minutes.meetingState) && <p className="hint">{t('minutes.notClosed')}</p>}
          {minutes.me.signer && minutes.state === 'signing' && (
            <p><Link to={`/meetings/${id}/minutes/sign`}>{t('minutes.signLink')}</Link></p>
          )}
          {minutes.version > 0 && (
            <section aria-labelledby="files-heading">
              <h2 id="files-heading">{t('minutes.files')}</h2>
              <ul className="link-list">
                {[
                  [minutesPdfUrl(id), t('minutes.download')], [minutesHtmlUrl(id), t('minutes.html')],
                  [publicPdfUrl(id), t('minutes.public')], [publicHtmlUrl(id), t('minutes.publicHtml')],
                ].map(([href, label]) => (
                  <li key={href}>
                    <a href={href} target="_blank" rel="noopener">{label}<span className="visually-hidden"> {t('common.newTab')}</span></a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <SignerList minutes={minutes} />
          <ExtractList minutes={minutes} onDispatched={() => void loaded.reload()} />
        </>
      )}
    </div>
  );
}
