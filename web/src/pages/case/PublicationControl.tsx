// A document's publication on the web (R-PUB-1), shown with its files: published or not (never, for secret and
// protected documents), and for registrars, secretaries and admins the buttons to publish it or to withdraw it
// with a reason. A withdrawal takes the file off every public surface at once.
import { useState } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { TextArea } from '../../components/fields.tsx';
import { fieldErrors } from '../../api.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { getPublication, publishDocument, withdrawPublication } from '../publication/publicationApi.ts';

interface Props {
  documentId: string;
  number: string;
}

export function PublicationControl({ documentId, number }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const status = useLoad((signal) => getPublication(documentId, signal), [documentId]);
  const [dialog, setDialog] = useState<'publish' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const buttonId = `publication-${documentId}`;
  const publish = useSubmit(async () => {
    status.setData(await publishDocument(documentId));
    announce(t('webPublication.publishedNow', { number }));
  });
  const withdraw = useSubmit(async () => {
    status.setData(await withdrawPublication(documentId, reason));
    announce(t('webPublication.withdrawnNow', { number }));
  });
  const s = status.data;
  if (!s) return null;
  const current = s.history.find((h) => h.withdrawnAt === null);
  const close = () => {
    setDialog(null);
    publish.setError(null);
    withdraw.setError(null);
    returnFocus(buttonId);
  };

  return (
    <div className="web-publication">
      <span className={`badge ${s.published ? 'badge-open' : 'badge-closed'}`}>
        {s.published ? t('webPublication.published') : s.publishable ? t('webPublication.notPublished') : t('webPublication.never')}
      </span>
      {current && <span className="sub">{formatDateTime(current.publishedAt)}</span>}
      {s.mayChange && s.publishable && (
        <button
          type="button"
          id={buttonId}
          className="button-small"
          onClick={() => {
            setReason('');
            setDialog(s.published ? 'withdraw' : 'publish');
          }}
        >
          {s.published ? t('webPublication.withdrawButton') : t('webPublication.publishButton')}{' '}
          <span className="visually-hidden">{number}</span>
        </button>
      )}
      {dialog === 'publish' && (
        <ConfirmDialog
          title={t('webPublication.publishTitle', { number })}
          description={t('webPublication.publishDescription')}
          confirmLabel={t('webPublication.publishButton')}
          busyLabel={t('webPublication.publishing')}
          busy={publish.busy}
          error={publish.error}
          onConfirm={() => void publish.run().then((ok) => ok && close())}
          onCancel={close}
        />
      )}
      {dialog === 'withdraw' && (
        <ConfirmDialog
          title={t('webPublication.withdrawTitle', { number })}
          description={t('webPublication.withdrawDescription')}
          confirmLabel={t('webPublication.withdrawButton')}
          busyLabel={t('webPublication.withdrawing')}
          busy={withdraw.busy}
          error={withdraw.error}
          onConfirm={() => void withdraw.run().then((ok) => ok && close())}
          onCancel={close}
        >
          <TextArea
            name="reason"
            label={t('webPublication.withdrawReason')}
            hint={t('webPublication.withdrawReasonHint')}
            value={reason}
            onValue={setReason}
            error={fieldErrors(withdraw.error).reason}
            required
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
