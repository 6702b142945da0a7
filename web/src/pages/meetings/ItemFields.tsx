// The fields of an agenda item shared by "add" and "edit": title, section (when adding), kind, public and
// presenter. `prefix` keeps element ids apart when both forms are on the page.
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ITEM_KINDS, type AgendaSection, type ItemKind } from '../../meetingTypes.ts';

export interface ItemFieldValues {
  title: string;
  kind: ItemKind;
  public: boolean;
  presenter: string;
}

interface Props {
  prefix: string;
  values: ItemFieldValues;
  onValues: (values: ItemFieldValues) => void;
  errors: Record<string, string>;
  titleHint?: string;
  titleRequired: boolean;
  /** Given when adding: the section to put the item in. */
  sections?: AgendaSection[];
  sectionId?: string;
  onSectionId?: (id: string) => void;
}

export function ItemFields({ prefix, values, onValues, errors, titleHint, titleRequired, sections, sectionId, onSectionId }: Props) {
  const t = useT();
  const set = <K extends keyof ItemFieldValues>(key: K, value: ItemFieldValues[K]) => onValues({ ...values, [key]: value });
  const name = (field: string) => `${prefix}${field}`;
  return (
    <>
      <TextField
        name={name('title')}
        label={t('item.title')}
        hint={titleHint}
        value={values.title}
        onValue={(v) => set('title', v)}
        error={errors[name('title')]}
        required={titleRequired}
        autoComplete="off"
      />
      <div className="field-row">
        {sections && onSectionId && (
          <SelectField
            name={name('sectionId')}
            label={t('item.section')}
            value={sectionId ?? ''}
            onValue={onSectionId}
            options={sections.map((s) => ({ value: s.id, label: s.heading }))}
            error={errors[name('sectionId')]}
          />
        )}
        <SelectField
          name={name('kind')}
          label={t('item.kind')}
          value={values.kind}
          onValue={(v) => set('kind', v as ItemKind)}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`itemKind.${k}`) }))}
          error={errors[name('kind')]}
        />
      </div>
      <TextField
        name={name('presenter')}
        label={t('item.presenter')}
        hint={t('item.presenterHint')}
        value={values.presenter}
        onValue={(v) => set('presenter', v)}
        error={errors[name('presenter')]}
        autoComplete="off"
      />
      <CheckboxField
        name={name('public')}
        label={t('item.publicLabel')}
        hint={t('item.publicHint')}
        checked={values.public}
        onChecked={(v) => set('public', v)}
      />
    </>
  );
}
