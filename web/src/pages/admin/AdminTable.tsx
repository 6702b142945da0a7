// The list of an administration page: a captioned table with one "Ändra" button per row, and the state of the
// row being edited in a dialog (focus goes back to the row's button when the dialog closes; a saved change is
// announced and shown until dismissed).
import { useState, type ReactNode } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { useT } from '../../i18n/i18n.tsx';

export interface AdminColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The cell that names the row (rendered as a row header). */
  rowHeader?: boolean;
}

interface TableProps<T extends { id: string }> {
  id: string;
  caption: string;
  rows: T[];
  columns: AdminColumn<T>[];
  /** The row's name, read out with its edit button. */
  nameOf: (row: T) => string;
  onEdit: (row: T) => void;
}

export const editButtonId = (tableId: string, rowId: string) => `edit-${tableId}-${rowId}`;

export function AdminTable<T extends { id: string }>({ id, caption, rows, columns, nameOf, onEdit }: TableProps<T>) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => <th key={c.header} scope="col">{c.header}</th>)}
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c) => (c.rowHeader ? <th key={c.header} scope="row">{c.cell(row)}</th> : <td key={c.header}>{c.cell(row)}</td>))}
              <td>
                <button type="button" id={editButtonId(id, row.id)} className="button-small" onClick={() => onEdit(row)}>
                  {t('common.edit')} <span className="visually-hidden">{nameOf(row)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The row being edited, and what happens when its dialog saves or closes. */
export function useAdminEditing<T extends { id: string }>(tableId: string, nameOf: (row: T) => string, reload: () => Promise<void>) {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const [editing, setEditing] = useState<T | null>(null);
  const [saved, setSaved] = useState('');
  const close = (id: string) => {
    setEditing(null);
    returnFocus(editButtonId(tableId, id));
  };
  return {
    editing,
    saved,
    dismissSaved: () => setSaved(''),
    start: (row: T) => {
      setSaved('');
      setEditing(row);
    },
    close,
    async onSaved(row: T) {
      const message = t('admin.saved', { name: nameOf(row) });
      announce(message);
      setSaved(message);
      close(row.id);
      await reload();
    },
  };
}
