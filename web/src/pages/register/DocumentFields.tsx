// The document itself: kind, registration date, direction, description and public description.
import { DateField, RadioGroup, SelectField, TextArea } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { todayIso } from '../../lib/format.ts';
import { DIRECTIONS, DOCUMENT_KINDS, type Direction, type DocumentKind } from '../../types.ts';

export interface DocumentInput {
  kind: DocumentKind;
  direction: Direction;
  registeredDate: string;
  description: string;
  publicDescription: string;
}

/** An incoming letter registered today. */
export function emptyDocument(): DocumentInput {
  return { kind: 'letter', direction: 'incoming', registeredDate: todayIso(), description: '', publicDescription: '' };
}

interface Props {
  value: DocumentInput;
  onChange: (value: DocumentInput) => void;
  errors: Record<string, string>;
}

export function DocumentFields({ value, onChange, errors }: Props) {
  const t = useT();
  const set = <K extends keyof DocumentInput>(key: K, v: DocumentInput[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="group">
      <legend>{t('register.documentLegend')}</legend>
      <div className="field-row">
        <SelectField
          name="kind"
          label={t('document.kind')}
          value={value.kind}
          onValue={(v) => set('kind', v as DocumentKind)}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          error={errors.kind}
          required
        />
        <DateField
          name="registeredDate"
          label={t('document.registeredDateLabel')}
          hint={t('document.registeredDateHint')}
          value={value.registeredDate}
          onValue={(v) => set('registeredDate', v)}
          error={errors.registeredDate}
          required
        />
      </div>
      <RadioGroup
        name="direction"
        legend={t('document.direction')}
        value={value.direction}
        onValue={(v) => set('direction', v as Direction)}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
        error={errors.direction}
        inline
        required
      />
      <TextArea
        name="description"
        label={t('document.description')}
        value={value.description}
        onValue={(v) => set('description', v)}
        error={errors.description}
        required
      />
      <TextArea
        name="publicDescription"
        label={t('document.publicDescription')}
        hint={t('document.publicDescriptionHint')}
        value={value.publicDescription}
        onValue={(v) => set('publicDescription', v)}
        error={errors.publicDescription}
      />
    </fieldset>
  );
}
