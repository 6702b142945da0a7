// Adding an agenda item: a case from the registry (searched in the case combobox; its PDFs become the book
// documents, official reports first) or an item with only a title; section, kind, public and presenter.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { FormErrors } from '../../components/Errors.tsx';
import { fieldId, RadioGroup } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { requireFields } from '../../lib/validate.ts';
import { addAgendaItem } from '../../meetingEndpoints.ts';
import type { ItemKind, Meeting } from '../../meetingTypes.ts';
import type { Case } from '../../types.ts';
import { CaseCombobox } from '../register/CaseCombobox.tsx';
import { ItemFields, type ItemFieldValues } from './ItemFields.tsx';
import type { AgendaActions } from './useAgendaActions.ts';

type Mode = 'case' | 'title';

function defaultSection(meeting: Meeting): string {
  return (meeting.sections.find((s) => /beslut/i.test(s.heading)) ?? meeting.sections[0])?.id ?? '';
}

export function AddItemPanel({ meeting, actions }: { meeting: Meeting; actions: AgendaActions }) {
  const t = useT();
  const returnFocus = useReturnFocus();
  const [mode, setMode] = useState<Mode>('case');
  const [picked, setPicked] = useState<Case | null>(null);
  const [sectionId, setSectionId] = useState(() => defaultSection(meeting));
  const blank: ItemFieldValues = { title: '', kind: 'decision' as ItemKind, public: true, presenter: '' };
  const [values, setValues] = useState<ItemFieldValues>(blank);
  const [localError, setLocalError] = useState<unknown>(null);
  const failure = actions.failure?.scope === 'add' ? actions.failure.error : null;
  const error = localError ?? failure;
  const errors = fieldErrors(error);

  function choose(c: Case | null) {
    setPicked(c);
    setLocalError(null);
    if (failure) actions.clearFailure();
    returnFocus(c ? 'add-change-case' : fieldId('caseId'));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    const missing =
      mode === 'case'
        ? requireFields({ caseId: picked?.id }, t('agenda.chooseCase'), t('form.fixErrors'))
        : requireFields({ title: values.title }, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return setLocalError(missing);
    const section = meeting.sections.find((s) => s.id === sectionId);
    const done = await actions.run(
      () =>
        addAgendaItem(meeting.id, {
          sectionId: sectionId || undefined,
          caseId: mode === 'case' ? picked?.id : undefined,
          title: values.title.trim() || undefined,
          kind: values.kind,
          public: values.public,
          presenter: values.presenter.trim() || undefined,
        }),
      (m) => {
        const items = m.sections.find((s) => s.id === sectionId)?.items ?? [];
        const added = items[items.length - 1];
        return t('agenda.added', { title: added?.title ?? '', paragraph: added?.paragraphLabel ?? '', section: section?.heading ?? '' });
      },
      'add',
    );
    if (done) {
      setPicked(null);
      setValues(blank);
      returnFocus(mode === 'case' ? fieldId('caseId') : fieldId('title'));
    }
  }

  return (
    <section className="panel panel-action add-item" aria-labelledby="add-item-heading">
      <h2 id="add-item-heading">{t('agenda.addTitle')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors
          error={error}
          labels={{ caseId: t('agenda.case'), title: t('item.title'), kind: t('item.kind'), presenter: t('item.presenter') }}
        />
        <RadioGroup
          name="itemMode"
          legend={t('agenda.addMode')}
          value={mode}
          onValue={(v) => setMode(v === 'title' ? 'title' : 'case')}
          options={[
            { value: 'case', label: t('agenda.modeCase') },
            { value: 'title', label: t('agenda.modeTitle') },
          ]}
          inline
        />
        {mode === 'case' && picked && (
          // Carries the field's id so that the error summary can move focus here.
          <div className="picked" id={fieldId('caseId')} tabIndex={-1}>
            <p>
              <span className="label">{t('picker.selected')}:</span> <strong>{picked.number}</strong> {picked.title}{' '}
              <StatusBadge status={picked.status} />
            </p>
            <button type="button" id="add-change-case" onClick={() => choose(null)}>
              {t('picker.change')}
            </button>
          </div>
        )}
        {mode === 'case' && errors.caseId && picked && (
          <p id={`${fieldId('caseId')}-error`} className="field-error">
            {errors.caseId}
          </p>
        )}
        {mode === 'case' && !picked && <CaseCombobox onSelect={choose} error={errors.caseId} />}
        <ItemFields
          prefix=""
          values={values}
          onValues={setValues}
          errors={errors}
          titleHint={mode === 'case' ? t('agenda.titleHint') : undefined}
          titleRequired={mode === 'title'}
          sections={meeting.sections}
          sectionId={sectionId}
          onSectionId={setSectionId}
        />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={actions.busy}>
            {t('agenda.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
