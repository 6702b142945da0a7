// A list read page by page with a cursor (cases, search hits, audit events): the first page whenever `key`
// changes (stale requests aborted), further pages appended by `showMore`, errors of either kept for the screen.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedListOptions<T> {
  /** What is listed, e.g. the address's query string; a new key loads the first page anew. Null: nothing is listed. */
  key: string | null;
  /** One page: the first with cursor null. */
  load: (cursor: string | null, signal?: AbortSignal) => Promise<Page<T>>;
  /** Told when the first page is in (to announce the count). */
  onFirst?: (page: Page<T>) => void;
  /** Told when a further page is in. */
  onMore?: (page: Page<T>) => void;
}

export interface PagedList<T> {
  items: T[];
  nextCursor: string | null;
  /** The first page for the current key is not in yet (and has not failed). */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  showMore: () => Promise<void>;
}

export function usePagedList<T>({ key, load, onFirst, onMore }: PagedListOptions<T>): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  /** The key whose first page has been answered, with items or an error. */
  const [settledKey, setSettledKey] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef({ load, onFirst, onMore });
  latest.current = { load, onFirst, onMore };

  useEffect(() => {
    setError(null);
    if (key === null) return;
    const controller = new AbortController();
    latest.current.load(null, controller.signal)
      .then((page) => {
        setItems(page.items);
        setNextCursor(page.nextCursor);
        latest.current.onFirst?.(page);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err);
      })
      .finally(() => {
        if (!controller.signal.aborted) setSettledKey(key);
      });
    return () => controller.abort();
  }, [key]);

  const showMore = useCallback(async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await latest.current.load(nextCursor);
      setItems((prev) => [...prev, ...page.items]);
      setNextCursor(page.nextCursor);
      latest.current.onMore?.(page);
    } catch (err) {
      setError(err);
    } finally {
      setLoadingMore(false);
    }
  }, [nextCursor]);

  return { items, nextCursor, loading: key !== null && settledKey !== key, loadingMore, error, showMore };
}
