// Save and Cancel buttons at the foot of an administration dialog.
import { useT } from '../../i18n/i18n.tsx';

interface Props {
  busy: boolean;
  onCancel: () => void;
  /** Text of the submit button; "Spara" when left out. */
  submitLabel?: string;
}

export function DialogActions({ busy, onCancel, submitLabel }: Props) {
  const t = useT();
  return (
    <div className="actions dialog-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
