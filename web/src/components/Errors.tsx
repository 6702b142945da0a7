// Showing API errors: a plain alert for load/action failures, and a form error summary that
// lists field errors and moves focus to the offending field.
import { useEffect, useId, useRef } from 'react';
import { ApiError, normaliseField } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/sv.ts';
import { fieldId } from './fields.tsx';

const CODE_KEYS: Record<string, MessageKey> = {
  validation: 'error.validation',
  unauthenticated: 'error.unauthenticated',
  totp_required: 'error.totpRequired',
  csrf: 'error.csrf',
  forbidden: 'error.forbidden',
  not_found: 'error.notFound',
  conflict: 'error.conflict',
  payload_too_large: 'error.payloadTooLarge',
  unsupported_media_type: 'error.unsupportedMediaType',
  rate_limited: 'error.rateLimited',
  internal: 'error.internal',
  network: 'error.network',
};

/** The error as a message: the server's Swedish `detail` when given, else a text for its code. */
export function useErrorText(): (error: unknown) => { generic: string; detail: string } {
  const { t } = useI18n();
  return (error) => {
    if (!(error instanceof ApiError)) return { generic: t('error.unknown'), detail: '' };
    const key = CODE_KEYS[error.code] ?? 'error.unknown';
    return { generic: t(key), detail: error.detail };
  };
}

/** Renders the detail in Swedish UI; in English the English text plus the Swedish detail. */
export function ErrorText({ error }: { error: unknown }) {
  const { lang } = useI18n();
  const { generic, detail } = useErrorText()(error);
  if (!detail) return <>{generic}</>;
  if (lang === 'sv') return <>{detail}</>;
  return (
    <>
      {generic} (<span lang="sv">{detail}</span>)
    </>
  );
}

/** An error box for failures that are not about a form's fields. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>
        <ErrorText error={error} />
      </p>
    </div>
  );
}

/** Error summary at the top of a form; focused when it appears so keyboard users land on it. */
export function FormErrors({ error, labels = {} }: { error: unknown; labels?: Record<string, string> }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;
  const fields = error instanceof ApiError ? error.errors.filter((e) => e.field) : [];

  return (
    <div ref={ref} className="alert alert-error" tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h2 id={titleId} className="alert-title">
        {t('form.errorsTitle')}
      </h2>
      {/* With field errors listed, the server's detail only repeats them. */}
      <p>{fields.length > 0 ? t('form.fixErrors') : <ErrorText error={error} />}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((e) => {
            const name = normaliseField(e.field);
            const label = labels[name] ?? name;
            return (
              <li key={`${name}:${e.message}`}>
                <a
                  href={`#${fieldId(name)}`}
                  onClick={(event) => {
                    const target = document.getElementById(fieldId(name));
                    if (target) {
                      event.preventDefault();
                      target.focus();
                    }
                  }}
                >
                  {label}: {e.message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
