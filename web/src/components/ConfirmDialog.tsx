// A modal question with a confirm and a cancel button, for actions that cannot be undone (send a notice,
// strike an agenda item, finalise a report). Errors of the action are shown inside the dialog.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from './Dialog.tsx';
import { ErrorAlert } from './Errors.tsx';

interface Props {
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}

export function ConfirmDialog({ title, description, confirmLabel, busyLabel, busy, error, onConfirm, onCancel, children }: Props) {
  const t = useT();
  return (
    <Dialog title={title} description={description} onClose={onCancel}>
      {children}
      <ErrorAlert error={error} />
      <div className="actions dialog-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={onConfirm}>
          {busy ? (busyLabel ?? t('common.saving')) : confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
