// The signing page for the chair and the chosen adjusters: the current PDF shown inline (its SHA-256 computed
// here from the bytes read), signing with the password (and one-time code), or sending it back with a comment.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { useAuth } from '../../auth.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { TextArea, TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { DeadlineNotice, SignerList } from './MinutesStatus.tsx';
import { fetchPdfWithHash, getMinutes, rejectMinutes, signMinutes } from './minutesApi.ts';

export function SignMinutesPage() {
  const t = useT();
  const announce = useAnnounce();
  const { user } = useAuth();
  const { id = '' } = useParams();
  const loaded = useLoad((signal) => getMinutes(id, signal), [id]);
  const minutes = loaded.data;
  const [pdf, setPdf] = useState<{ url: string; sha256: string } | null>(null);
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [comment, setComment] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const version = minutes?.version ?? 0;
  const ready = minutes?.state === 'signing' && minutes.me.signer !== null && !minutes.me.signedCurrent;

  useEffect(() => {
    if (!minutes || minutes.state === 'none') return;
    const controller = new AbortController();
    let url = '';
    fetchPdfWithHash(id, controller.signal).then((p) => { url = p.url; setPdf(p); }).catch(() => setPdf(null));
    return () => { controller.abort(); if (url) URL.revokeObjectURL(url); };
  }, [id, version, minutes?.state]);

  const sign = useSubmit(async () => {
    const view = await signMinutes(id, { sha256: pdf!.sha256, password, ...(totp ? { totp } : {}) });
    loaded.setData(view);
    setPassword('');
    setNotice(view.state === 'adjusted' ? t('sign.adjusted') : t('sign.done'));
    announce(t('sign.done'));
  });
  const reject = useSubmit(async () => {
    const view = await rejectMinutes(id, { sha256: pdf!.sha256, comment });
    loaded.setData(view);
    setRejecting(false);
    setNotice(t('sign.rejected'));
    announce(t('sign.rejected'));
  });
  const errors = fieldErrors(sign.error ?? reject.error);
  const submit = (e: FormEvent) => { e.preventDefault(); void sign.run(); };
  const submitReject = (e: FormEvent) => { e.preventDefault(); void reject.run(); };
  const title = minutes ? t('sign.heading', { organ: minutes.organName, date: minutes.meetingDate }) : t('minutes.loading');

  return (
    <div className="minutes-sign-page">
      <p className="breadcrumb"><Link to="/meetings">{t('read.backToList')}</Link></p>
      <PageHeading title={title} />
      {loaded.loading && !minutes && <Loading />}
      <ErrorAlert error={loaded.error} />
      {minutes && (
        <>
          <DeadlineNotice minutes={minutes} />
          {notice && <SuccessNotice onDismiss={() => setNotice(null)}>{notice}</SuccessNotice>}
          {!minutes.me.signer && <p className="alert alert-warning">{t('sign.notSigner')}</p>}
          {minutes.me.signer && minutes.state !== 'signing' && minutes.state !== 'adjusted' && <p className="alert">{t('sign.notReady')}</p>}
          {minutes.me.signedCurrent && minutes.state === 'signing' && <p className="alert alert-success">{t('sign.alreadySigned', { version })}</p>}
          {ready && <p>{t('sign.intro')}</p>}
          {minutes.state !== 'none' && (
            pdf ? (
              <>
                <iframe className="minutes-pdf" title={t('sign.pdfTitle', { version })} src={pdf.url} style={{ width: '100%', height: '70vh', border: '1px solid #9aa5b1' }} />
                <p className="hint">{t('sign.checksum', { sha: pdf.sha256 })}</p>
              </>
            ) : <Loading label={t('sign.pdfLoading')} />
          )}
          {ready && pdf && !rejecting && (
            <form onSubmit={submit} noValidate className="panel">
              <ErrorAlert error={sign.error} />
              <input type="text" name="username" autoComplete="username" value={user?.username ?? ''} readOnly hidden />
              <TextField name="password" label={t('sign.password')} hint={t('sign.passwordHint')} type="password" value={password} onValue={setPassword} autoComplete="current-password" error={errors.password} required />
              {user?.totpEnabled && (
                <TextField name="totp" label={t('sign.totp')} value={totp} onValue={setTotp} inputMode="numeric" autoComplete="one-time-code" className="field-short" error={errors.totp} required />
              )}
              <div className="actions">
                <button type="submit" className="button-primary" disabled={sign.busy}>{sign.busy ? t('sign.submitting') : t('sign.submit')}</button>
                <button type="button" onClick={() => setRejecting(true)}>{t('sign.reject')}</button>
              </div>
            </form>
          )}
          {ready && pdf && rejecting && (
            <form onSubmit={submitReject} noValidate className="panel">
              <h2>{t('sign.rejectHeading')}</h2>
              <ErrorAlert error={reject.error} />
              <TextArea name="comment" label={t('sign.comment')} value={comment} onValue={setComment} error={errors.comment} required rows={4} />
              <div className="actions">
                <button type="submit" className="button-primary" disabled={reject.busy}>{reject.busy ? t('sign.rejecting') : t('sign.reject')}</button>
                <button type="button" onClick={() => setRejecting(false)}>{t('common.cancel')}</button>
              </div>
            </form>
          )}
          <SignerList minutes={minutes} />
        </>
      )}
    </div>
  );
}
