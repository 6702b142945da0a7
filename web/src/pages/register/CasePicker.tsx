// Choosing the case for a new document: an existing case (searched in a combobox) or a new case.
import { useEffect, useRef } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { StatusBadge } from '../../components/badges.tsx';
import { fieldId, RadioGroup } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { Case, Registry } from '../../types.ts';
import { CaseCombobox } from './CaseCombobox.tsx';
import { NewCaseFields, type NewCaseInput } from './NewCaseFields.tsx';

export type CaseMode = 'existing' | 'new';

interface Props {
  mode: CaseMode;
  onMode: (mode: CaseMode) => void;
  selected: Case | null;
  onSelect: (c: Case | null) => void;
  newCase: NewCaseInput;
  onNewCase: (value: NewCaseInput) => void;
  registries: Registry[];
  errors: Record<string, string>;
}

export function CasePicker({ mode, onMode, selected, onSelect, newCase, onNewCase, registries, errors }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const changeRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'change' | 'search' | null>(null);

  // After choosing, focus moves to "choose another case"; after that, back to the search field.
  useEffect(() => {
    if (pendingFocus.current === 'change') changeRef.current?.focus();
    if (pendingFocus.current === 'search') document.getElementById(fieldId('caseId'))?.focus();
    pendingFocus.current = null;
  }, [selected]);

  function choose(c: Case | null) {
    pendingFocus.current = c ? 'change' : 'search';
    onSelect(c);
    if (c) announce(t('picker.chosen', { number: c.number }));
  }

  return (
    <fieldset className="group">
      <legend>{t('register.caseLegend')}</legend>
      <RadioGroup
        name="caseMode"
        legend={t('register.caseMode')}
        value={mode}
        onValue={(v) => onMode(v === 'new' ? 'new' : 'existing')}
        options={[
          { value: 'existing', label: t('register.existingCase') },
          { value: 'new', label: t('register.newCase') },
        ]}
        inline
      />

      {mode === 'existing' && selected && (
        <div className="picked">
          <p>
            <span className="label">{t('picker.selected')}:</span> <strong>{selected.number}</strong> {selected.title}{' '}
            <StatusBadge status={selected.status} />
          </p>
          <button type="button" ref={changeRef} onClick={() => choose(null)}>
            {t('picker.change')}
          </button>
        </div>
      )}
      {mode === 'existing' && !selected && <CaseCombobox onSelect={choose} error={errors.caseId} />}
      {mode === 'new' && <NewCaseFields value={newCase} onChange={onNewCase} registries={registries} errors={errors} />}
    </fieldset>
  );
}
