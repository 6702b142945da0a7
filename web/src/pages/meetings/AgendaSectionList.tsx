// The agenda builder's sections, each with its ordered items; an empty section says so.
import type { AgendaItem, AgendaSection, Meeting } from '../../meetingTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { AgendaItemCard } from './AgendaItemCard.tsx';
import { useAgendaDrag } from './useAgendaDrag.ts';
import type { AgendaFailure } from './useAgendaActions.ts';

interface Props {
  meeting: Meeting;
  editable: boolean;
  failure: AgendaFailure | null;
  onEdit: (item: AgendaItem) => void;
  onMove: (item: AgendaItem, position: number, section: AgendaSection) => void;
  onRemove: (item: AgendaItem) => void;
}

export function AgendaSectionList({ meeting, editable, failure, onEdit, onMove, onRemove }: Props) {
  const t = useT();
  const drag = useAgendaDrag(meeting, editable, onMove);
  return (
    <>
      {meeting.sections.map((section) => (
        <section
          key={section.id}
          className={`agenda-section${drag.over === `section:${section.id}` ? ' is-drop-target' : ''}`}
          aria-labelledby={`section-${section.id}`}
          {...drag.sectionProps(section)}
        >
          <h3 id={`section-${section.id}`}>
            {section.heading} <span className="caption-count">{t('agenda.itemCount', { count: section.items.length })}</span>
          </h3>
          {section.items.length === 0 ? (
            <p className="empty">{t('agenda.emptySection')}</p>
          ) : (
            <ol className="agenda-items">
              {section.items.map((item, index) => (
                <AgendaItemCard
                  key={item.id}
                  item={item}
                  index={index}
                  count={section.items.length}
                  sections={meeting.sections}
                  editable={editable}
                  strikes={item.paragraphFixed || meeting.state !== 'planned'}
                  failure={failure && failure.scope === item.id ? failure : null}
                  onEdit={() => onEdit(item)}
                  onMove={(position, sectionId) =>
                    onMove(item, position, meeting.sections.find((s) => s.id === sectionId) ?? section)
                  }
                  onRemove={() => onRemove(item)}
                  dragProps={drag.itemProps(item, section)}
                  dropTarget={drag.over === item.id}
                />
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}
