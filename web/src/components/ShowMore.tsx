// The "Visa fler" button under a list read page by page (usePagedList), shown while more pages are there.
import { useT } from '../i18n/i18n.tsx';
import type { PagedList } from '../lib/usePagedList.ts';

export function ShowMore({ list }: { list: Pick<PagedList<unknown>, 'nextCursor' | 'loading' | 'loadingMore' | 'showMore'> }) {
  const t = useT();
  if (!list.nextCursor || list.loading) return null;
  return (
    <div className="actions">
      <button type="button" onClick={() => void list.showMore()} disabled={list.loadingMore}>
        {list.loadingMore ? t('common.loading') : t('common.showMore')}
      </button>
    </div>
  );
}
