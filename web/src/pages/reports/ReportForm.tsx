// The report's structured fields: date, title, decision mode (and to whom it proposes), the att-clauses of the
// proposal, and the description; the lists of basis, people and distribution follow in ReportLists.
import { DateField, RadioGroup, TextArea, TextField } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { DECISION_MODES, type DecisionMode, type ReportContent } from '../../reportTypes.ts';
import type { CaseDocument } from '../../types.ts';
import { RegisterTables } from './RegisterTables.tsx';
import { ReportLists } from './ReportLists.tsx';
import { RichTextEditor } from './RichTextEditor.tsx';
import { RowList } from './RowList.tsx';

interface Props {
  content: ReportContent;
  onContent: (content: ReportContent) => void;
  errors: Record<string, string>;
  organName: string;
  documents: CaseDocument[];
  resetKey: string | number;
}

/** "Kommunstyrelsen beslutar" / "Kommunstyrelsen föreslår kommunfullmäktige besluta"; null for information. */
export function useLeadIn(): (organName: string, decision: DecisionMode, proposesTo: string | null) => string | null {
  const t = useT();
  return (organ, decision, proposesTo) => {
    if (decision === 'information') return null;
    if (decision === 'decides') return t('report.leadInDecides', { organ });
    const target = (proposesTo?.trim() || t('report.defaultProposesTo')).replace(/^./, (c) => c.toLowerCase());
    return t('report.leadInProposes', { organ, target });
  };
}

export function ReportForm({ content, onContent, errors, organName, documents, resetKey }: Props) {
  const t = useT();
  const leadIn = useLeadIn()(organName, content.decision, content.proposesTo);
  const set = <K extends keyof ReportContent>(key: K, value: ReportContent[K]) => onContent({ ...content, [key]: value });

  return (
    <>
      <fieldset className="group">
        <legend>{t('report.basics')}</legend>
        <DateField name="date" label={t('report.date')} value={content.date} onValue={(v) => set('date', v)} error={errors.date} required />
        <TextField name="title" label={t('report.title')} value={content.title} onValue={(v) => set('title', v)} error={errors.title} required />
        <RadioGroup
          name="decision"
          legend={t('report.decision')}
          value={content.decision}
          onValue={(v) => set('decision', v as DecisionMode)}
          options={DECISION_MODES.map((mode) => ({ value: mode, label: t(`decisionMode.${mode}`, { organ: organName }) }))}
          error={errors.decision}
          required
        />
        {content.decision === 'proposes' && (
          <TextField
            name="proposesTo"
            label={t('report.proposesTo')}
            hint={t('report.proposesToHint')}
            value={content.proposesTo ?? ''}
            onValue={(v) => set('proposesTo', v)}
            error={errors.proposesTo}
            required
          />
        )}
      </fieldset>

      {content.decision !== 'information' && (
        <RowList
          name="clauses"
          legend={t('report.clauses')}
          hint={leadIn ? <>{t('report.leadInHint')} <strong>{leadIn}</strong></> : undefined}
          rows={content.clauses}
          onRows={(rows) => set('clauses', rows)}
          blank={() => ''}
          rowLabel={(i) => t('report.clause', { n: i + 1 })}
          addLabel={t('report.addClause')}
          error={errors.clauses}
          renderRow={(row, i, setRow) => (
            <div className="clause">
              <span className="clause-att" aria-hidden="true">
                att
              </span>
              <TextArea
                name={`clauses.${i}`}
                label={t('report.clause', { n: i + 1 })}
                value={row}
                onValue={setRow}
                error={errors[`clauses.${i}`]}
                rows={2}
              />
            </div>
          )}
        />
      )}

      <RichTextEditor
        name="description"
        label={t('report.description')}
        hint={t('report.descriptionHint')}
        value={content.description}
        resetKey={resetKey}
        onValue={(html) => set('description', html)}
        error={errors.description}
        required
      />

      <RegisterTables tables={content.registerTables ?? []} onTables={(tables) => set('registerTables', tables)} errors={errors} />

      <ReportLists content={content} onContent={onContent} errors={errors} documents={documents} />
    </>
  );
}
