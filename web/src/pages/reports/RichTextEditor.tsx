// A small rich-text editor for the report's description: a labelled, multi-line text box (contentEditable) with
// buttons for heading, bold, italic, bulleted and numbered lists and a 3×3 table. The server sanitises the HTML
// to the same small subset; the editor only produces tags from that subset.
import { useEffect, useRef } from 'react';
import { fieldId } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { cleanEditorHtml, insertTable } from './editorHtml.ts';

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: string;
  /** When this changes, the editor's content is replaced by `value` (e.g. after a save or a reload). */
  resetKey: string | number;
  onValue: (html: string) => void;
}

const COMMANDS: { key: MessageKey; run: (editor: HTMLElement) => void }[] = [
  { key: 'editor.heading', run: () => document.execCommand('formatBlock', false, 'h2') },
  { key: 'editor.bold', run: () => document.execCommand('bold') },
  { key: 'editor.italic', run: () => document.execCommand('italic') },
  { key: 'editor.bulletList', run: () => document.execCommand('insertUnorderedList') },
  { key: 'editor.numberedList', run: () => document.execCommand('insertOrderedList') },
  { key: 'editor.table', run: (editor) => insertTable(editor) },
];

export function RichTextEditor({ name, label, hint, error, required, value, resetKey, onValue }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const id = fieldId(name);
  const valueRef = useRef(value);
  valueRef.current = value;

  useEffect(() => {
    if (ref.current) ref.current.innerHTML = valueRef.current || '<p><br></p>';
  }, [resetKey]);

  function apply(run: (editor: HTMLElement) => void) {
    const editor = ref.current;
    if (!editor) return;
    // Keep the caret where it was when the button took focus by keyboard; put it at the end when it was elsewhere.
    if (!editor.contains(document.getSelection()?.anchorNode ?? null)) {
      editor.focus();
      const range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    } else {
      editor.focus();
    }
    document.execCommand('defaultParagraphSeparator', false, 'p');
    run(editor);
    onValue(cleanEditorHtml(editor));
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field rich-text${error ? ' has-error' : ''}`}>
      <span className="label" id={`${id}-label`}>
        {label}
        {required && <span className="required"> {t('form.required')}</span>}
      </span>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="editor-toolbar" role="group" aria-label={t('editor.toolbar', { label })}>
        {COMMANDS.map((c) => (
          <button key={c.key} type="button" className="button-small" onMouseDown={(e) => e.preventDefault()} onClick={() => apply(c.run)}>
            {t(c.key)}
          </button>
        ))}
      </div>
      <div
        ref={ref}
        id={id}
        className="editor-area"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        tabIndex={0}
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        onInput={(e) => onValue(cleanEditorHtml(e.currentTarget))}
      />
    </div>
  );
}
