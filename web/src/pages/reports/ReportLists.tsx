// The report's lists: basis (text with an optional link to one of the case's documents), prepared by, distribution
// and signatories, each an ordered list of rows.
import { SelectField, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { ReportContent, ReportPerson } from '../../reportTypes.ts';
import type { CaseDocument } from '../../types.ts';
import { RowList } from './RowList.tsx';

interface Props {
  content: ReportContent;
  onContent: (content: ReportContent) => void;
  errors: Record<string, string>;
  documents: CaseDocument[];
}

export function ReportLists({ content, onContent, errors, documents }: Props) {
  const t = useT();
  const set = <K extends keyof ReportContent>(key: K, value: ReportContent[K]) => onContent({ ...content, [key]: value });
  const docOptions = documents.map((d) => ({ value: d.id, label: `${d.number} ${d.description}` }));

  const people = (key: 'preparedBy' | 'signatories', legend: string, rowKey: 'report.preparer' | 'report.signatory', add: string) => (
    <RowList<ReportPerson>
      name={key}
      legend={legend}
      rows={content[key]}
      onRows={(rows) => set(key, rows)}
      blank={() => ({ name: '', title: '' })}
      rowLabel={(i) => t(rowKey, { n: i + 1 })}
      addLabel={add}
      error={errors[key]}
      focusField="name"
      renderRow={(row, i, setRow) => (
        <div className="field-row">
          <TextField
            name={`${key}.${i}.name`}
            label={t('report.personName')}
            value={row.name}
            onValue={(v) => setRow({ ...row, name: v })}
            error={errors[`${key}.${i}.name`]}
            autoComplete="off"
            required
          />
          <TextField
            name={`${key}.${i}.title`}
            label={t('report.personTitle')}
            value={row.title}
            onValue={(v) => setRow({ ...row, title: v })}
            error={errors[`${key}.${i}.title`]}
            autoComplete="off"
          />
        </div>
      )}
    />
  );

  return (
    <>
      <RowList
        name="basis"
        legend={t('report.basis')}
        hint={t('report.basisHint')}
        rows={content.basis}
        onRows={(rows) => set('basis', rows)}
        blank={() => ({ documentId: null, text: '' })}
        rowLabel={(i) => t('report.basisRow', { n: i + 1 })}
        addLabel={t('report.addBasis')}
        error={errors.basis}
        focusField="text"
        renderRow={(row, i, setRow) => (
          <div className="field-row">
            <TextField
              name={`basis.${i}.text`}
              label={t('report.basisText')}
              value={row.text}
              onValue={(v) => setRow({ ...row, text: v })}
              error={errors[`basis.${i}.text`]}
              autoComplete="off"
              required
            />
            <SelectField
              name={`basis.${i}.documentId`}
              label={t('report.basisDocument')}
              value={row.documentId ?? ''}
              onValue={(v) => {
                const doc = documents.find((d) => d.id === v);
                setRow({ documentId: v || null, text: row.text || doc?.description || '' });
              }}
              placeholder={t('report.noDocument')}
              options={docOptions}
              error={errors[`basis.${i}.documentId`]}
            />
          </div>
        )}
      />
      {people('preparedBy', t('report.preparedBy'), 'report.preparer', t('report.addPreparer'))}
      <RowList
        name="distribution"
        legend={t('report.distribution')}
        hint={t('report.distributionHint')}
        rows={content.distribution}
        onRows={(rows) => set('distribution', rows)}
        blank={() => ''}
        rowLabel={(i) => t('report.distributionRow', { n: i + 1 })}
        addLabel={t('report.addDistribution')}
        error={errors.distribution}
        renderRow={(row, i, setRow) => (
          <TextField
            name={`distribution.${i}`}
            label={t('report.distributionRow', { n: i + 1 })}
            value={row}
            onValue={setRow}
            error={errors[`distribution.${i}`]}
            autoComplete="off"
            required
          />
        )}
      />
      {people('signatories', t('report.signatories'), 'report.signatory', t('report.addSignatory'))}
    </>
  );
}
