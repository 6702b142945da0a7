// Inline panel for one document's secrecy action: mark as secret (legal ground + organ) or
// release the mark after a case-by-case assessment (reason), R-REG-5.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { markSecret, releaseSecrecy } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import type { CaseDocument, Organ } from '../../types.ts';
import type { SecrecyAction } from './DocumentsTable.tsx';

export const LEGAL_GROUND_SUGGESTIONS = ['OSL 19 kap. 3 §', 'OSL 21 kap. 1 §', 'OSL 21 kap. 3 §', 'OSL 26 kap. 1 §', 'OSL 39 kap. 3 §'];

interface Props {
  doc: CaseDocument;
  action: SecrecyAction;
  organs: Organ[];
  defaultOrganId: string;
  onDone: (updated: CaseDocument) => void;
  onCancel: () => void;
}

export function SecrecyPanel({ doc, action, organs, defaultOrganId, onDone, onCancel }: Props) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [legalGround, setLegalGround] = useState('');
  const [organId, setOrganId] = useState(defaultOrganId);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  useEffect(() => {
    headingRef.current?.focus();
  }, [doc.id, action]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const missing =
      action === 'mark'
        ? [!legalGround.trim() && 'legalGround', !organId && 'organId'].filter((f): f is string => !!f)
        : [!reason.trim() && 'reason'].filter((f): f is string => !!f);
    if (missing.length) {
      setError(new ApiError(400, 'validation', '', missing.map((field) => ({ field, message: t('form.fieldRequired') }))));
      return;
    }
    setBusy(true);
    try {
      const updated =
        action === 'mark'
          ? await markSecret(doc.id, { legalGround: legalGround.trim(), organId })
          : await releaseSecrecy(doc.id, reason.trim());
      onDone(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const title = action === 'mark' ? t('secrecy.markTitle', { number: doc.number }) : t('secrecy.releaseTitle', { number: doc.number });

  return (
    <section className="panel panel-action" aria-labelledby="secrecy-panel-heading">
      <h3 id="secrecy-panel-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors
          error={error}
          labels={{ legalGround: t('secrecy.legalGround'), organId: t('secrecy.organ'), reason: t('secrecy.reason') }}
        />
        {action === 'mark' ? (
          <>
            <p className="help">{t('secrecy.markIntro')}</p>
            <TextField
              name="legalGround"
              label={t('secrecy.legalGround')}
              hint={t('secrecy.legalGroundHint')}
              value={legalGround}
              onValue={setLegalGround}
              list="legal-ground-suggestions"
              error={errors.legalGround}
              required
            />
            <datalist id="legal-ground-suggestions">
              {LEGAL_GROUND_SUGGESTIONS.map((g) => (
                <option key={g} value={g} />
              ))}
            </datalist>
            <SelectField
              name="organId"
              label={t('secrecy.organ')}
              hint={t('secrecy.organHint')}
              value={organId}
              onValue={setOrganId}
              placeholder={t('common.choose')}
              options={sortBy(organs, (o) => o.name).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
              error={errors.organId}
              required
            />
          </>
        ) : (
          <>
            <p className="help">{t('secrecy.releaseIntro')}</p>
            <TextArea
              name="reason"
              label={t('secrecy.reason')}
              value={reason}
              onValue={setReason}
              error={errors.reason}
              required
            />
          </>
        )}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('common.saving') : action === 'mark' ? t('secrecy.markSubmit') : t('secrecy.releaseSubmit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
