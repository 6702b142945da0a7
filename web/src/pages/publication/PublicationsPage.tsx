// "Publicerat på webben" (R-PUB-1): what was published on the web, when and by whom, and what was withdrawn,
// when, by whom and why; filter by state and basis, page with "Visa fler".
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ShowMore } from '../../components/ShowMore.tsx';
import { Loading } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { listPublications, type PublicationFilter, type PublicationListItem } from './publicationApi.ts';

export function PublicationsPage() {
  const { t, tMaybe } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const [state, setState] = useState(params.get('state') ?? '');
  const [basis, setBasis] = useState(params.get('basis') ?? '');
  const filter: PublicationFilter = { state: params.get('state') ?? undefined, basis: params.get('basis') ?? undefined };

  const list = usePagedList<PublicationListItem>({
    key,
    load: (cursor, signal) => listPublications(filter, cursor, signal),
    onFirst: (page) => announce(t('publications.resultCount', { count: page.items.length })),
    onMore: (page) => announce(t('publications.moreLoaded', { count: page.items.length })),
  });
  const { items, loading, error } = list;

  function onFilter(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (state) next.set('state', state);
    if (basis) next.set('basis', basis);
    setParams(next);
  }

  return (
    <>
      <PageHeading title={t('publications.title')} />
      <p className="lead">{t('publications.intro')}</p>

      <form className="filter-bar" onSubmit={onFilter} aria-label={t('publications.filterLabel')}>
        <SelectField
          name="state"
          label={t('publications.state')}
          value={state}
          onValue={setState}
          options={[
            { value: '', label: t('publications.stateAll') },
            { value: 'active', label: t('publications.stateActive') },
            { value: 'withdrawn', label: t('publications.stateWithdrawn') },
          ]}
        />
        <SelectField
          name="basis"
          label={t('publications.basis')}
          value={basis}
          onValue={setBasis}
          options={[
            { value: '', label: t('publications.basisAll') },
            { value: 'choice', label: t('publications.basisChoice') },
            { value: 'default', label: t('publications.basisDefault') },
          ]}
        />
        <div className="filter-submit">
          <button type="submit" className="button-primary">
            {t('publications.filter')}
          </button>
        </div>
      </form>

      <ErrorAlert error={error} />
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && <p className="empty">{t('publications.none')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="publications-caption" tabIndex={0}>
          <table>
            <caption id="publications-caption">{t('publications.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publications.document')}</th>
                <th scope="col">{t('publications.publishedAt')}</th>
                <th scope="col">{t('publications.basis')}</th>
                <th scope="col">{t('publications.withdrawnAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/cases/${p.document.caseId}`}>{p.document.number}</Link>
                    <span className="sub">
                      {tMaybe(`kind.${p.document.kind}`, p.document.kind)}: {p.document.description}
                    </span>
                  </th>
                  <td className="nowrap">
                    {formatDateTime(p.publishedAt)}
                    <span className="sub">
                      {p.publishedBy ? t('publications.by', { name: p.publishedBy.displayName }) : t('publications.byRule')}
                    </span>
                  </td>
                  <td>{p.basis === 'choice' ? t('publications.basisChoice') : t('publications.basisDefault')}</td>
                  <td>
                    {p.withdrawnAt ? (
                      <>
                        {formatDateTime(p.withdrawnAt)}
                        {p.withdrawnBy && <span className="sub">{t('publications.by', { name: p.withdrawnBy.displayName })}</span>}
                        {p.withdrawalReason && <span className="sub">{t('publications.reason', { reason: p.withdrawalReason })}</span>}
                      </>
                    ) : (
                      <span className="muted">–</span>
                    )}
                  </td>
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
