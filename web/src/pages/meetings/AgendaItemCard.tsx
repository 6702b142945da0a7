// One agenda item in the agenda builder: summary, book documents, and (for secretaries) edit, move up/down,
// move to another section, and remove or strike. Buttons carry the paragraph in their accessible names.
import { useState, type HTMLAttributes } from 'react';
import { ErrorAlert } from '../../components/Errors.tsx';
import { fieldId } from '../../components/fields.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { AgendaItem, AgendaSection } from '../../meetingTypes.ts';
import { ItemDocuments } from './ItemDocuments.tsx';
import { ItemSummary } from './ItemSummary.tsx';

export const itemControlId = (control: 'edit' | 'up' | 'down' | 'section' | 'remove', itemId: string) =>
  `item-${control}-${itemId}`;

interface Props {
  item: AgendaItem;
  index: number;
  count: number;
  sections: AgendaSection[];
  editable: boolean;
  /** True when removing strikes the item ("utgår") instead of deleting it. */
  strikes: boolean;
  failure: { error: unknown; key: number } | null;
  onEdit: () => void;
  onMove: (position: number, sectionId?: string) => void;
  onRemove: () => void;
  /** Mouse drag-and-drop handlers (see useAgendaDrag); the buttons below do the same by keyboard. */
  dragProps?: Pick<HTMLAttributes<HTMLLIElement>, 'draggable' | 'onDragStart' | 'onDragEnd' | 'onDragOver' | 'onDrop'>;
  dropTarget?: boolean;
}

export function AgendaItemCard({ item, index, count, sections, editable, strikes, failure, onEdit, onMove, onRemove, dragProps, dropTarget }: Props) {
  const t = useT();
  const [target, setTarget] = useState('');
  const others = sections.filter((s) => s.id !== item.sectionId);
  const selectId = fieldId(itemControlId('section', item.id));
  const label = <span className="visually-hidden"> § {item.paragraphLabel}</span>;
  const canAct = editable && !item.withdrawn;

  function moveToSection() {
    const section = sections.find((s) => s.id === target);
    if (section) onMove(section.items.length, section.id);
  }

  return (
    <li
      className={`agenda-item${item.withdrawn ? ' is-withdrawn' : ''}${dropTarget ? ' is-drop-target' : ''}${dragProps?.draggable ? ' is-draggable' : ''}`}
      aria-labelledby={`item-${item.id}-title`}
      {...dragProps}
    >
      <ItemSummary item={item} level={4} linkCase headingId={`item-${item.id}-title`} />
      <ItemDocuments documents={item.documents} />
      {failure && <ErrorAlert key={failure.key} error={failure.error} />}
      {canAct && (
        <div className="item-actions">
          <button type="button" id={itemControlId('edit', item.id)} className="button-small" onClick={onEdit}>
            {t('common.edit')}
            {label}
          </button>
          <button
            type="button"
            id={itemControlId('up', item.id)}
            className="button-small"
            onClick={() => onMove(index - 1)}
            disabled={index === 0}
          >
            <span aria-hidden="true">↑</span> {t('item.moveUp')}
            {label}
          </button>
          <button
            type="button"
            id={itemControlId('down', item.id)}
            className="button-small"
            onClick={() => onMove(index + 1)}
            disabled={index >= count - 1}
          >
            <span aria-hidden="true">↓</span> {t('item.moveDown')}
            {label}
          </button>
          {others.length > 0 && (
            <span className="move-section">
              <label htmlFor={selectId}>
                {t('item.moveToSection')}
                {label}
              </label>
              <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.heading}
                  </option>
                ))}
              </select>
              <button type="button" className="button-small" onClick={moveToSection} disabled={!target}>
                {t('item.move')}
                {label}
              </button>
            </span>
          )}
          <button type="button" id={itemControlId('remove', item.id)} className="button-small button-danger" onClick={onRemove}>
            {strikes ? t('item.strike') : t('item.remove')}
            {label}
          </button>
        </div>
      )}
    </li>
  );
}
