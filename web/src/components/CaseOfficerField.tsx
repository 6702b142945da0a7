// Choosing a case's case officer (handläggare): staff with the case-officer role first, then the
// other staff; the empty choice means no case officer.
import { listStaff } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { sortBy } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import type { StaffMember } from '../types.ts';
import { SelectField, type Option } from './fields.tsx';

interface Props {
  /** API field path; also gives the element id used by error summaries. */
  name?: string;
  value: string;
  onValue: (id: string) => void;
  error?: string;
  /** The case's current officer, kept as a choice even when no longer listed (an inactive account). */
  current?: { id: string; displayName: string } | null;
}

export function CaseOfficerField({ name = 'caseOfficerId', value, onValue, error, current }: Props) {
  const t = useT();
  const staff = useLoad((signal) => listStaff(signal), []);
  const items = sortBy(staff.data?.items ?? [], (s) => s.displayName);
  const toOption = (s: StaffMember): Option => ({ value: s.id, label: s.displayName });
  const officers = items.filter((s) => s.roles.includes('case_officer')).map(toOption);
  const others = items.filter((s) => !s.roles.includes('case_officer')).map(toOption);

  const extra: Option[] = [];
  if (current && !items.some((s) => s.id === current.id)) {
    // While the list loads the current officer is shown as is; once loaded, a missing one is inactive.
    const label = staff.data ? t('case.officerInactive', { name: current.displayName }) : current.displayName;
    extra.push({ value: current.id, label });
  }

  return (
    <SelectField
      name={name}
      label={t('case.officer')}
      hint={t('case.officerHint')}
      value={value}
      onValue={onValue}
      placeholder={t('case.officerNone')}
      options={extra}
      groups={[
        { label: t('case.officerGroup'), options: officers },
        { label: t('case.otherStaffGroup'), options: others },
      ]}
      error={error ?? (staff.error ? t('case.officerLoadError') : undefined)}
    />
  );
}
