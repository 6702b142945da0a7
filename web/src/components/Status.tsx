// Small status pieces: a loading line and a success notice.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return <p className="loading">{label ?? t('common.loading')}</p>;
}

/** A visible confirmation; pair with `announce()` for screen readers. */
export function SuccessNotice({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  const t = useT();
  return (
    <div className="alert alert-success">
      <p>{children}</p>
      {onDismiss && (
        <button type="button" className="button-link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
