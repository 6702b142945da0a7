// "Projektbudget": the years, and the cost and financing lines pasted from the applicant's sheet — one line per
// row, cells separated by tabs (as copied from a spreadsheet) or semicolons: the label, one amount per year and
// optionally the row's total; a line "## Rubrik" starts a section. Amounts are read by the server in Swedish
// format and a wrong cell is named; a budget whose years do not add up is kept, with its warnings.
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { FormErrors } from '../../../components/Errors.tsx';
import { TextArea, TextField } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { DialogActions } from '../../admin/DialogActions.tsx';
import { inUnit, saveBudget, type Application, type BudgetLine } from './api.ts';

interface TypedLine { section: string; label: string; amounts: string[]; statedTotal?: string }

/** Lines as typed → lines with amounts as text (the server parses them); `years` cells per line after the label. */
export function parseLines(text: string, years: number): TypedLine[] {
  let section = '';
  const out: TypedLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('##')) { section = line.replace(/^#+/, '').trim(); continue; }
    const cells = line.split(line.includes('\t') ? '\t' : ';').map((c) => c.trim());
    const withTotal = cells.length >= years + 2;
    const amountCells = withTotal ? cells.slice(-(years + 1), -1) : cells.slice(-years);
    const labelCells = cells.slice(0, cells.length - amountCells.length - (withTotal ? 1 : 0));
    out.push({ section, label: labelCells.join(' '), amounts: amountCells, ...(withTotal ? { statedTotal: cells.at(-1)! } : {}) });
  }
  return out;
}

function asText(lines: BudgetLine[]): string {
  let section = '';
  const out: string[] = [];
  for (const l of lines) {
    if (l.section !== section) { section = l.section; out.push(`## ${section}`); }
    out.push([l.label, ...l.amounts.map((x) => inUnit(x, 'kr')), ...(l.statedTotal !== null ? [inUnit(l.statedTotal, 'kr')] : [])].join('\t'));
  }
  return out.join('\n');
}

export function BudgetDialog({ application: a, onClose }: { application: Application; onClose: (message?: string) => void }) {
  const t = useT();
  const b = a.projectBudget;
  const [years, setYears] = useState((b?.years ?? a.years.map((y) => y.year)).join(', '));
  const [costs, setCosts] = useState(b ? asText(b.costs) : '');
  const [financing, setFinancing] = useState(b ? asText(b.financing) : '');
  const submit = useSubmit(async () => {
    const ys = years.split(/[,\s]+/).filter(Boolean).map(Number);
    const projectBudget = costs.trim() || financing.trim()
      ? { years: ys, costs: parseLines(costs, ys.length), financing: parseLines(financing, ys.length) }
      : null;
    const res = await saveBudget(a.id, { version: a.version, projectBudget });
    onClose(res.warnings.length ? t('grants.budgetSavedWithWarnings', { count: res.warnings.length }) : t('grants.budgetSaved'));
  });
  const errors = fieldErrors(submit.error);
  const labels = { 'projectBudget.years': t('grants.budgetYears'), 'projectBudget.costs': t('grants.budgetCosts'), 'projectBudget.financing': t('grants.budgetFinancing') };
  const onSubmit = (event: FormEvent) => { event.preventDefault(); void submit.run(); };
  return (
    <Dialog title={t('grants.budgetTitle')} description={`${a.projectTitle} · ${a.applicantName}`} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={submit.error} labels={labels} />
        <TextField name="projectBudget.years" label={labels['projectBudget.years']} hint={t('grants.budgetYearsHint')} value={years} onValue={setYears} error={errors['projectBudget.years']} required />
        <TextArea name="projectBudget.costs" label={labels['projectBudget.costs']} hint={t('grants.budgetLinesHint')} value={costs} onValue={setCosts} error={errors['projectBudget.costs']} rows={6} className="budget-lines" />
        <TextArea name="projectBudget.financing" label={labels['projectBudget.financing']} hint={t('grants.budgetLinesHint')} value={financing} onValue={setFinancing} error={errors['projectBudget.financing']} rows={8} className="budget-lines" />
        <DialogActions busy={submit.busy} onCancel={() => onClose()} />
      </form>
    </Dialog>
  );
}
