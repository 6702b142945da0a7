// Importing a follow-up's amounts from CSV or XLSX: the layout explained, a template to download, and on a
// refused file the per-row error report ("Rad 4, kolumn Utfall: …"), focused so it is read out.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { fieldId } from '../../../components/fields.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { importFigures, templateUrl, type FollowUp } from './api.ts';

export function ImportForm({ followUp, onDone }: { followUp: FollowUp; onDone: (next: FollowUp) => void }) {
  const t = useT();
  const announce = useAnnounce();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState('');
  const reportRef = useRef<HTMLDivElement>(null);
  const submit = useSubmit(async (chosen: File) => {
    const result = await importFigures(followUp.id, followUp.version, chosen);
    const message = t('finance.imported', { lines: result.imported.lines, figures: result.imported.figures });
    setDone(message);
    announce(message);
    onDone(result);
  });
  const rowErrors = submit.error instanceof ApiError && submit.error.code === 'validation' ? submit.error.errors.map((e) => e.message) : [];
  useEffect(() => {
    if (rowErrors.length) reportRef.current?.focus();
  }, [submit.error, rowErrors.length]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    setMissing(!file);
    if (file) void submit.run(file);
  };
  const id = fieldId('importFile');
  return (
    <section aria-labelledby="finance-import-heading">
      <h2 id="finance-import-heading">{t('finance.importHeading')}</h2>
      <p>{t('finance.importIntro')}</p>
      <p className="hint">{t('finance.importColumns')}</p>
      <p><a href={templateUrl()} download>{t('finance.template')}</a></p>
      <form onSubmit={onSubmit} noValidate className="form-narrow">
        {rowErrors.length > 0 && (
          <div ref={reportRef} className="alert alert-error" tabIndex={-1} role="group" aria-labelledby="finance-import-errors">
            <p id="finance-import-errors" className="alert-title">{t('finance.importErrors')}</p>
            <ul>{rowErrors.map((m) => <li key={m}>{m}</li>)}</ul>
          </div>
        )}
        {!rowErrors.length && <ErrorAlert error={submit.error} />}
        <div className={`field${missing ? ' has-error' : ''}`}>
          <label htmlFor={id}>{t('finance.file')}</label>
          {missing && <p id={`${id}-error`} className="field-error">{t('finance.chooseFile')}</p>}
          <input id={id} name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>{submit.busy ? t('finance.importing') : t('finance.import')}</button>
        </div>
        {done && <p className="alert alert-success" role="status">{done}</p>}
      </form>
    </section>
  );
}
