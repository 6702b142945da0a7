// A file of a secret-marked or protected document: opening it asks why, and the stated purpose is logged with
// the read (R-REG-8). The dialog holds a plain GET form to the file route, so the browser downloads as usual.
import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { TextField } from '../../components/fields.tsx';
import { fileUrl } from '../../endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';

interface Props {
  fileId: string;
  name: string;
  number: string;
}

export function SensitiveFileLink({ fileId, name, number }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | undefined>();
  const buttonId = `open-${fileId}`;
  const close = () => {
    setOpen(false);
    setError(undefined);
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  };
  return (
    <>
      <button type="button" id={buttonId} className="link-button" onClick={() => setOpen(true)}>
        {name}
        <span className="visually-hidden"> {t('file.sensitive.opens')}</span>
      </button>
      {open && (
        <Dialog title={t('file.sensitive.title', { number })} description={t('file.sensitive.description')} onClose={close}>
          <form
            method="get"
            action={fileUrl(fileId)}
            noValidate
            onSubmit={(event) => {
              if (purpose.trim().length < 3) {
                event.preventDefault();
                setError(t('file.sensitive.missing'));
                document.getElementById('f-purpose')?.focus();
                return;
              }
              // The browser follows the form (a download); the dialog closes once it has been sent.
              setTimeout(close, 0);
            }}
          >
            <TextField name="purpose" label={t('file.sensitive.purpose')} hint={t('file.sensitive.hint')} error={error} required value={purpose} onValue={setPurpose} maxLength={300} />
            <div className="actions dialog-actions">
              <button type="submit" className="button-primary">{t('file.sensitive.submit')}</button>
              <button type="button" onClick={close}>{t('common.cancel')}</button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
