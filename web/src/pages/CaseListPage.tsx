// Case list (start page): server-side search by number or words, status filter, "Visa fler" paging.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { REGISTERING_ROLES, useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { StatusBadge } from '../components/badges.tsx';
import { ErrorAlert } from '../components/Errors.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { Loading } from '../components/Status.tsx';
import { listCases } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatDate } from '../lib/format.ts';
import { usePagedList } from '../lib/usePagedList.ts';
import { CASE_STATUSES, type Case, type CaseStatus } from '../types.ts';

const PAGE_SIZE = 25;

export function CaseListPage() {
  const t = useT();
  const announce = useAnnounce();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as CaseStatus | '';

  const [query, setQuery] = useState(q);
  const [statusInput, setStatusInput] = useState<string>(status);
  useEffect(() => {
    setQuery(q);
    setStatusInput(status);
  }, [q, status]);

  const list = usePagedList<Case>({
    key: params.toString(),
    load: (cursor, signal) => listCases({ q: q || undefined, status, limit: PAGE_SIZE, cursor }, signal),
    onFirst: (page) => announce(t('cases.resultCount', { count: page.items.length }) + (page.nextCursor ? ` ${t('cases.moreAvailable')}` : '')),
    onMore: (page) => announce(t('cases.moreLoaded', { count: page.items.length })),
  });
  const { items, loading, error } = list;

  function onSearch(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (query.trim()) next.set('q', query.trim());
    if (statusInput) next.set('status', statusInput);
    setParams(next);
  }

  return (
    <>
      <div className="page-title-row">
        <PageHeading title={t('cases.title')} />
        {hasRole(...REGISTERING_ROLES) && (
          <div className="page-actions">
            <Link to="/register" className="button button-primary">
              {t('nav.register')}
            </Link>
            <Link to="/cases/new" className="button">
              {t('nav.newCase')}
            </Link>
          </div>
        )}
      </div>
      <p>
        <Link to="/motions">{t('motions.link')}</Link>
      </p>

      <form className="filter-bar" role="search" aria-label={t('cases.searchLabel')} onSubmit={onSearch}>
        <TextField
          name="q"
          type="search"
          label={t('cases.search')}
          hint={t('cases.searchHint')}
          value={query}
          onValue={setQuery}
          className="field-grow"
        />
        <SelectField
          name="status"
          label={t('cases.statusFilter')}
          value={statusInput}
          onValue={setStatusInput}
          placeholder={t('cases.allStatuses')}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <div className="filter-submit">
          <button type="submit" className="button-primary">
            {t('common.search')}
          </button>
        </div>
      </form>

      <ErrorAlert error={error} />
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && <p className="empty">{q || status ? t('cases.noMatches') : t('cases.none')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="cases-caption" tabIndex={0}>
          <table>
            <caption id="cases-caption">
              {t('cases.caption')} <span className="caption-count">{t('cases.resultCount', { count: items.length })}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('case.number')}</th>
                <th scope="col">{t('case.title')}</th>
                <th scope="col">{t('case.status')}</th>
                <th scope="col">{t('case.officer')}</th>
                <th scope="col">{t('case.openedAt')}</th>
                <th scope="col" className="num">
                  {t('case.documentCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="nowrap">
                    <Link to={`/cases/${c.id}`}>{c.number}</Link>
                  </th>
                  <td>{c.title}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{c.caseOfficer?.displayName ?? <span className="muted">{t('case.noOfficer')}</span>}</td>
                  <td className="nowrap">{formatDate(c.openedAt)}</td>
                  <td className="num">{c.documentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore list={list} />
    </>
  );
}
