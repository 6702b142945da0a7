// Editing an agenda item: title, kind, public, presenter, and which of the case's documents go into the meeting
// book (checkboxes; the chosen ones first in their book order, then the case's other documents).
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { SecrecyBadge } from '../../components/badges.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { fieldId } from '../../components/fields.tsx';
import { Loading } from '../../components/Status.tsx';
import { getCase } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useLoad } from '../../lib/useLoad.ts';
import { requireFields, withFieldPrefix } from '../../lib/validate.ts';
import { updateAgendaItem } from '../../meetingEndpoints.ts';
import type { AgendaItem } from '../../meetingTypes.ts';
import { DialogActions } from '../admin/DialogActions.tsx';
import { ItemFields, type ItemFieldValues } from './ItemFields.tsx';
import type { AgendaActions } from './useAgendaActions.ts';

interface Choice {
  id: string;
  number: string;
  description: string;
  secrecyGround: string | null;
  hasPdf: boolean;
}

const isPdf = (files: { mediaType: string }[]) => files.some((f) => f.mediaType === 'application/pdf');

export function EditItemDialog({ item, actions, onClose }: { item: AgendaItem; actions: AgendaActions; onClose: () => void }) {
  const t = useT();
  const caseData = useLoad(async (signal) => (item.caseId ? getCase(item.caseId, signal) : null), [item.caseId]);
  const [values, setValues] = useState<ItemFieldValues>({
    title: item.title,
    kind: item.kind,
    public: item.public,
    presenter: item.presenter ?? '',
  });
  const [chosen, setChosen] = useState(() => new Set(item.documents.map((d) => d.id)));
  const [localError, setLocalError] = useState<unknown>(null);
  const error = withFieldPrefix(localError ?? (actions.failure?.scope === 'edit' ? actions.failure.error : null), 'edit');
  const errors = fieldErrors(error);

  const selected: Choice[] = item.documents.map((d) => ({ ...d, hasPdf: isPdf(d.files) }));
  const others: Choice[] = (caseData.data?.documents ?? [])
    .filter((d) => !selected.some((s) => s.id === d.id))
    .map((d) => ({ id: d.id, number: d.number, description: d.description, secrecyGround: d.secrecy?.legalGround ?? null, hasPdf: isPdf(d.files) }));
  const choices = [...selected, ...others];

  function toggle(id: string, on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    const missing = requireFields({ title: values.title }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return setLocalError(missing);
    const done = await actions.run(
      () =>
        updateAgendaItem(item.id, {
          title: values.title.trim(),
          kind: values.kind,
          public: values.public,
          presenter: values.presenter.trim(),
          ...(item.caseId ? { documentIds: choices.filter((c) => chosen.has(c.id)).map((c) => c.id) } : {}),
        }),
      () => t('item.saved', { title: values.title.trim() }),
      'edit',
    );
    if (done) onClose();
  }

  return (
    <Dialog title={t('item.editTitle', { paragraph: item.paragraphLabel })} description={item.caseNumber ?? undefined} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors
          error={error}
          labels={{ 'edit.title': t('item.title'), 'edit.presenter': t('item.presenter'), 'edit.documentIds': t('item.documents') }}
        />
        <ItemFields prefix="edit." values={values} onValues={setValues} errors={errors} titleRequired />
        {item.caseId && (
          <fieldset className="group book-docs" id={fieldId('edit.documentIds')} tabIndex={-1}>
            <legend>{t('item.bookDocuments')}</legend>
            <p className="hint">{t('item.bookDocumentsHint')}</p>
            {errors['edit.documentIds'] && <p className="field-error">{errors['edit.documentIds']}</p>}
            {caseData.loading && !caseData.data && <Loading />}
            <ErrorAlert error={caseData.error} />
            {choices.map((c) => (
              <div className="checkbox" key={c.id}>
                <input
                  id={`book-doc-${c.id}`}
                  type="checkbox"
                  checked={chosen.has(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  aria-describedby={c.hasPdf ? undefined : `book-doc-${c.id}-hint`}
                />
                <label htmlFor={`book-doc-${c.id}`}>
                  <strong>{c.number}</strong> {c.description}{' '}
                  {c.secrecyGround && <SecrecyBadge secrecy={{ legalGround: c.secrecyGround }} />}
                </label>
                {!c.hasPdf && (
                  <p className="hint" id={`book-doc-${c.id}-hint`}>
                    {t('item.noPdf')}
                  </p>
                )}
              </div>
            ))}
          </fieldset>
        )}
        <DialogActions busy={actions.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
