// The new case that a registered document opens: registry, title, public title and case officer.
import { CaseOfficerField } from '../../components/CaseOfficerField.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import type { Registry } from '../../types.ts';

export interface NewCaseInput {
  registryId: string;
  title: string;
  publicTitle: string;
  /** Empty: no case officer. */
  caseOfficerId: string;
}

export const emptyNewCase: NewCaseInput = { registryId: '', title: '', publicTitle: '', caseOfficerId: '' };

interface Props {
  value: NewCaseInput;
  onChange: (value: NewCaseInput) => void;
  registries: Registry[];
  errors: Record<string, string>;
}

export function NewCaseFields({ value, onChange, registries, errors }: Props) {
  const t = useT();
  const set = <K extends keyof NewCaseInput>(key: K, v: NewCaseInput[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="new-case">
      <SelectField
        name="newCase.registryId"
        label={t('case.registry')}
        value={value.registryId}
        onValue={(v) => set('registryId', v)}
        placeholder={t('common.choose')}
        options={sortBy(registries, (r) => r.name).map((r) => ({ value: r.id, label: `${r.name} (${r.code})` }))}
        error={errors['newCase.registryId']}
        required
      />
      <TextField
        name="newCase.title"
        label={t('case.title')}
        value={value.title}
        onValue={(v) => set('title', v)}
        error={errors['newCase.title']}
        required
      />
      <TextField
        name="newCase.publicTitle"
        label={t('case.publicTitle')}
        hint={t('case.publicTitleHint')}
        value={value.publicTitle}
        onValue={(v) => set('publicTitle', v)}
        error={errors['newCase.publicTitle']}
      />
      <CaseOfficerField
        name="newCase.caseOfficerId"
        value={value.caseOfficerId}
        onValue={(v) => set('caseOfficerId', v)}
        error={errors['newCase.caseOfficerId']}
      />
    </div>
  );
}
