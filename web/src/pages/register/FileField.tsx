// The file attached to the registered document (optional; one file).
import { fieldId } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';

interface Props {
  onFile: (file: File | null) => void;
  error?: string;
}

export function FileField({ onFile, error }: Props) {
  const t = useT();
  const id = fieldId('file');
  return (
    <fieldset className="group">
      <legend>{t('document.fileLegend')}</legend>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id}>{t('document.file')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('document.fileHint')}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <input
          id={id}
          name="file"
          type="file"
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
    </fieldset>
  );
}
