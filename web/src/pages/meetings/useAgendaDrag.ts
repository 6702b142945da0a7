// Drag and drop of agenda items with the mouse (HTML drag and drop): drop an item on another item to put it
// before that one, or on a section to put it last there. The buttons of each item do the same by keyboard.
import { useState, type DragEvent } from 'react';
import type { AgendaItem, AgendaSection, Meeting } from '../../meetingTypes.ts';

type Move = (item: AgendaItem, position: number, section: AgendaSection) => void;

export interface AgendaDrag {
  /** Id of the item or `section:<id>` the dragged item would drop on. */
  over: string | null;
  itemProps: (item: AgendaItem, section: AgendaSection) => {
    draggable: boolean;
    onDragStart: (event: DragEvent) => void;
    onDragEnd: () => void;
    onDragOver: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
  sectionProps: (section: AgendaSection) => { onDragOver: (event: DragEvent) => void; onDrop: (event: DragEvent) => void };
}

export function useAgendaDrag(meeting: Meeting, enabled: boolean, onMove: Move): AgendaDrag {
  const [dragged, setDragged] = useState<AgendaItem | null>(null);
  const [over, setOver] = useState<string | null>(null);

  function end() {
    setDragged(null);
    setOver(null);
  }

  function allow(event: DragEvent, target: string) {
    if (!dragged) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    if (over !== target) setOver(target);
  }

  function drop(event: DragEvent, section: AgendaSection, before: AgendaItem | null) {
    if (!dragged) return;
    event.preventDefault();
    event.stopPropagation();
    const siblings = section.items.filter((i) => i.id !== dragged.id);
    const position = before ? siblings.findIndex((i) => i.id === before.id) : siblings.length;
    const current = meeting.sections.find((s) => s.id === dragged.sectionId)?.items.findIndex((i) => i.id === dragged.id);
    const moved = section.id !== dragged.sectionId || position !== current;
    if (before?.id !== dragged.id && position >= 0 && moved) onMove(dragged, position, section);
    end();
  }

  return {
    over,
    itemProps: (item, section) => ({
      draggable: enabled && !item.withdrawn,
      onDragStart: (event) => {
        event.dataTransfer.setData('text/plain', item.id);
        event.dataTransfer.effectAllowed = 'move';
        setDragged(item);
      },
      onDragEnd: end,
      onDragOver: (event) => allow(event, item.id),
      onDrop: (event) => drop(event, section, item),
    }),
    sectionProps: (section) => ({
      onDragOver: (event) => allow(event, `section:${section.id}`),
      onDrop: (event) => drop(event, section, null),
    }),
  };
}
