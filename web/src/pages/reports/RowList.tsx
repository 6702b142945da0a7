// An ordered list of rows in the report form (att-clauses, basis, people, distribution): each row has its fields
// and buttons to move it up or down and to remove it; a button adds a row. Focus follows the row that moved,
// moves to the next row after a removal, and to the new row's first field after an addition.
import type { ReactNode } from 'react';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { fieldId } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';

interface Props<T> {
  /** API field path of the list, e.g. `clauses`; rows are `clauses.0`, `clauses.1`, … */
  name: string;
  legend: string;
  hint?: ReactNode;
  rows: T[];
  onRows: (rows: T[]) => void;
  blank: () => T;
  rowLabel: (index: number) => string;
  addLabel: string;
  /** An error about the whole list (e.g. "at least one"). */
  error?: string;
  /** Field name (under `name.index`) that gets focus in a new row, e.g. `name` → `preparedBy.2.name`; none for plain rows. */
  focusField?: string;
  readOnly?: boolean;
  renderRow: (row: T, index: number, set: (row: T) => void) => ReactNode;
}

export function RowList<T>({ name, legend, hint, rows, onRows, blank, rowLabel, addLabel, error, focusField, readOnly, renderRow }: Props<T>) {
  const t = useT();
  const returnFocus = useReturnFocus();
  const id = fieldId(name);
  const controlId = (control: string, index: number) => `${id}-${control}-${index}`;
  const firstField = (index: number) => fieldId(focusField ? `${name}.${index}.${focusField}` : `${name}.${index}`);

  function move(from: number, to: number) {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row as T);
    onRows(next);
    const up = to < from;
    returnFocus(controlId(up ? 'up' : 'down', to), controlId(up ? 'down' : 'up', to));
  }

  function remove(index: number) {
    onRows(rows.filter((_, i) => i !== index));
    returnFocus(firstField(Math.min(index, rows.length - 2)), `${id}-add`);
  }

  function add() {
    onRows([...rows, blank()]);
    returnFocus(firstField(rows.length));
  }

  return (
    <fieldset className="group row-list" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {rows.length > 0 && (
        <ol className="rows">
          {rows.map((row, index) => (
            <li key={index} className="row">
              <div className="row-fields" role="group" aria-label={rowLabel(index)}>
                {renderRow(row, index, (value) => onRows(rows.map((r, i) => (i === index ? value : r))))}
              </div>
              {!readOnly && (
                <div className="row-actions">
                  <button type="button" id={controlId('up', index)} className="button-small" disabled={index === 0} onClick={() => move(index, index - 1)}>
                    <span aria-hidden="true">↑</span> {t('item.moveUp')}
                    <span className="visually-hidden"> {rowLabel(index)}</span>
                  </button>
                  <button
                    type="button"
                    id={controlId('down', index)}
                    className="button-small"
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    <span aria-hidden="true">↓</span> {t('item.moveDown')}
                    <span className="visually-hidden"> {rowLabel(index)}</span>
                  </button>
                  <button type="button" className="button-small button-danger" onClick={() => remove(index)}>
                    {t('report.removeRow')}
                    <span className="visually-hidden"> {rowLabel(index)}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <button type="button" id={`${id}-add`} onClick={add}>
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
