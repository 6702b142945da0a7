// Runs a form's write action with a busy flag and keeps the last error for the error summary.
import { useCallback, useState } from 'react';

export interface Submit<A extends unknown[]> {
  busy: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  /** Runs `action`; resolves true on success, false when it failed (the error is kept). */
  run: (...args: A) => Promise<boolean>;
}

export function useSubmit<A extends unknown[]>(action: (...args: A) => Promise<unknown>): Submit<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      try {
        await action(...args);
        return true;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { busy, error, setError, run };
}
