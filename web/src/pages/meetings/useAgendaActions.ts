// Runs agenda changes (add, edit, move, remove) one at a time: the answer replaces the meeting (keeping the
// notice deadlines, which agenda answers leave out), the outcome is announced, and a failure is kept to be
// shown next to the item it concerns (or above the agenda).
import { useCallback, useState } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import type { Loaded } from '../../lib/useLoad.ts';
import type { Meeting } from '../../meetingTypes.ts';

export interface AgendaFailure {
  error: unknown;
  /** What the failed change was about: an item id, a form (`add`, `edit`), or null for the whole agenda. */
  scope: string | null;
  /** Changes on every failure, so that a repeated error is shown (and read out) again. */
  key: number;
}

export interface AgendaActions {
  busy: boolean;
  failure: AgendaFailure | null;
  clearFailure: () => void;
  /** Resolves to the new meeting, or null when the change failed (the failure is kept). */
  run: (change: () => Promise<Meeting>, message: (meeting: Meeting) => string, scope?: string) => Promise<Meeting | null>;
}

export function useAgendaActions(loaded: Loaded<Meeting>): AgendaActions {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AgendaFailure | null>(null);
  const { data, setData } = loaded;

  const run = useCallback<AgendaActions['run']>(
    async (change, message, scope) => {
      setBusy(true);
      setFailure(null);
      try {
        const next = await change();
        setData({ ...next, deadlines: next.deadlines ?? data?.deadlines });
        announce(message(next));
        return next;
      } catch (error) {
        setFailure({ error, scope: scope ?? null, key: Date.now() });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [announce, data, setData],
  );

  const clearFailure = useCallback(() => setFailure(null), []);
  return { busy, failure, clearFailure, run };
}
