// The live meeting's state on the secretary's screen: one read, then every action is one API call answering the
// whole live meeting. Keeps the time of the last save, announces each result, and on a conflict (409) reads the
// meeting again so that the screen shows what the server holds.
import { useCallback, useRef, useState } from 'react';
import { ApiError, normaliseField } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { getConduct } from '../../conductEndpoints.ts';
import type { Conduct } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useLoad } from '../../lib/useLoad.ts';

export interface Failure {
  /** The form or control the failure belongs to, so that it is shown next to it. */
  scope: string;
  error: unknown;
  key: number;
}

export interface ConductActions {
  data: Conduct | undefined;
  loadError: unknown;
  loading: boolean;
  busy: boolean;
  savedAt: Date | null;
  failure: Failure | null;
  /** Shown once after a conflict made the screen read the meeting again. */
  reloaded: boolean;
  clearFailure: () => void;
  /**
   * Runs one write with the current conduct version. On success the answer replaces the screen's data, `message`
   * is announced and focus goes to the first existing element of `focus`. Resolves true on success.
   */
  run: (
    scope: string,
    action: (version: number) => Promise<Conduct | { conduct: Conduct }>,
    message: (next: Conduct) => string,
    focus?: string[],
  ) => Promise<boolean>;
}

export function useConduct(meetingId: string): ConductActions {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const loaded = useLoad((signal) => getConduct(meetingId, signal), [meetingId]);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const counter = useRef(0);
  const { data, setData } = loaded;

  const run = useCallback<ConductActions['run']>(
    async (scope, action, message, focus = []) => {
      if (busy || !data) return false;
      setBusy(true);
      setFailure(null);
      setReloaded(false);
      const version = data.conduct?.version ?? 0;
      try {
        const answer = await action(version);
        const next = 'conduct' in answer && 'meeting' in answer ? (answer as Conduct) : (answer as { conduct: Conduct }).conduct;
        setData(next);
        setSavedAt(new Date());
        announce(`${message(next)} ${t('conduct.savedShort')}`);
        if (focus.length) returnFocus(...focus);
        return true;
      } catch (error) {
        counter.current += 1;
        setFailure({ scope, error, key: counter.current });
        if (error instanceof ApiError && error.code === 'conflict') {
          // Someone else (another tab) may have changed the meeting: show what the server holds now.
          const fresh = await getConduct(meetingId).catch(() => null);
          if (fresh) setData(fresh);
          setReloaded(!!fresh && (fresh.conduct?.version ?? 0) !== version);
        }
        announce(error instanceof ApiError && error.detail ? error.detail : t('error.unknown'), 'error');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [busy, data, meetingId, setData, announce, returnFocus, t],
  );

  return {
    data,
    loadError: loaded.error,
    loading: loaded.loading,
    busy,
    savedAt,
    failure,
    reloaded,
    clearFailure: () => setFailure(null),
    run,
  };
}

/**
 * The error with its field names prefixed (`personId` → `jav.personId`), so that several forms on one screen
 * each link their errors to their own fields.
 */
export function scopedError(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError) || !error.errors.length) return error;
  return new ApiError(
    error.status,
    error.code,
    error.detail,
    error.errors.map((e) => ({ field: e.field ? `${prefix}.${normaliseField(e.field)}` : e.field, message: e.message })),
  );
}
