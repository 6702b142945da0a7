// "Skicka kallelse": asks for confirmation, sends the notice (which fixes the paragraph numbers), then tells how
// many members and substitutes it went to and whether documents were withheld from the public version.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { canSendNotice } from '../../lib/meetingAccess.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { sendNotice } from '../../meetingEndpoints.ts';
import type { Meeting, NoticeResult } from '../../meetingTypes.ts';

const BUTTON_ID = 'send-notice-button';

interface Props {
  meeting: Meeting;
  /** Whether the user may send the notice; when false only `children` are shown. */
  canSend: boolean;
  onSent: (result: NoticeResult) => void;
  /** Further page actions shown after the button. */
  children?: ReactNode;
}

export function NoticeControl({ meeting, canSend, onSent, children }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<NoticeResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const renewed = meeting.state === 'called';
  const submit = useSubmit(async () => {
    const sent = await sendNotice(meeting.id);
    setResult(sent);
    setConfirming(false);
    announce(t('notice.sent', { count: sent.recipients.length }));
    onSent(sent);
  });

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  return (
    <>
      {result && (
        <div ref={resultRef} tabIndex={-1} className="alert alert-success notice-result">
          <div>
            <p>{t('notice.sent', { count: result.recipients.length })}</p>
            <p className="notice-withheld">{result.withheldDocuments ? t('notice.withheld') : t('notice.notWithheld')}</p>
            {result.delivered === 'outbox' && <p className="hint">{t('notice.outbox')}</p>}
            <details>
              <summary>{t('notice.recipients', { count: result.recipients.length })}</summary>
              <ul className="recipient-list">
                {result.recipients.map((r) => (
                  <li key={r.email}>
                    {r.name} <span className="muted">({t(`membershipRole.${r.role as 'member'}`)})</span>
                  </li>
                ))}
              </ul>
            </details>
          </div>
          <button type="button" className="button-link" onClick={() => setResult(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      <div className="page-actions">
        {canSend && canSendNotice(meeting) && (
          <button type="button" id={BUTTON_ID} className="button-primary" onClick={() => setConfirming(true)}>
            {renewed ? t('notice.sendAgain') : t('notice.send')}
          </button>
        )}
        {children}
      </div>
      {confirming && (
        <ConfirmDialog
          title={renewed ? t('notice.confirmAgainTitle') : t('notice.confirmTitle')}
          description={t('notice.confirmText', { organ: meeting.organName, date: meeting.date })}
          confirmLabel={renewed ? t('notice.sendAgain') : t('notice.send')}
          busyLabel={t('notice.sending')}
          busy={submit.busy}
          error={submit.error}
          onConfirm={() => void submit.run()}
          onCancel={() => {
            setConfirming(false);
            submit.setError(null);
            returnFocus(BUTTON_ID);
          }}
        />
      )}
    </>
  );
}
