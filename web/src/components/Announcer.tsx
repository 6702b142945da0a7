// Live regions for screen readers: `announce()` speaks status messages (polite) and errors (assertive).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string, kind?: 'status' | 'error') => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback<Announce>((message, kind = 'status') => {
    const set = kind === 'error' ? setError : setStatus;
    // Clear first so that repeating the same message is announced again.
    set('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => set(message), 50);
  }, []);

  const value = useMemo(() => announce, [announce]);

  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">
        {error}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
