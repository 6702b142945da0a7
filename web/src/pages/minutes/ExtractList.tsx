// The extracts (protokollsutdrag) of adjusted minutes with their dispatch state, and "Expediera utdragen".
import { useState } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { SuccessNotice } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useSubmit } from '../../lib/useSubmit.ts';
import { dispatchMinutes, extractUrl, type DispatchResult, type MinutesView } from './minutesApi.ts';

export function ExtractList({ minutes, onDispatched }: { minutes: MinutesView; onDispatched: () => void }) {
  const t = useT();
  const announce = useAnnounce();
  const [result, setResult] = useState<DispatchResult | null>(null);
  const dispatch = useSubmit(async () => {
    const r = await dispatchMinutes(minutes.meetingId);
    setResult(r);
    announce(t('minutes.dispatched', { count: r.sent.length }));
    onDispatched();
  });
  const pending = minutes.extracts.some((e) => e.kind === 'adjusted' && !e.sentAt);
  return (
    <section aria-labelledby="extracts-heading">
      <h2 id="extracts-heading">{t('minutes.extracts')}</h2>
      <p className="hint">{t('minutes.extractsHint')}</p>
      {result && (
        <SuccessNotice onDismiss={() => setResult(null)}>
          {t('minutes.dispatched', { count: result.sent.length })}
          {result.withoutRecipients.length > 0 && <> {t('minutes.withoutRecipients', { paragraphs: result.withoutRecipients.map((p) => `§ ${p}`).join(', ') })}</>}
        </SuccessNotice>
      )}
      <ErrorAlert error={dispatch.error} />
      {minutes.extracts.length > 0 && (
        <ul className="link-list">
          {minutes.extracts.map((e) => (
            <li key={`${e.itemId}-${e.kind}`}>
              <a href={extractUrl(e.itemId, e.kind)} target="_blank" rel="noopener">
                § {e.paragraph} {e.title} <span className="muted">({t(`minutes.extract.${e.kind}`)}, PDF)</span>
                <span className="visually-hidden"> {t('common.newTab')}</span>
              </a>{' '}
              {e.kind === 'adjusted' && (
                <span className="muted">
                  — {e.sentAt ? t('minutes.extractSent', { at: e.sentAt.slice(0, 10) }) : t('minutes.extractNotSent')}
                  {e.documentNumber ? ` · ${e.documentNumber}` : ''}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {minutes.me.mayManage && minutes.state === 'adjusted' && pending && (
        <div className="page-actions">
          <button type="button" className="button-primary" disabled={dispatch.busy} onClick={() => void dispatch.run()}>
            {dispatch.busy ? t('minutes.dispatching') : t('minutes.dispatch')}
          </button>
        </div>
      )}
    </section>
  );
}
