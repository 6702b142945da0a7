// Staff search (/search): Swedish full text over cases, documents and their PDFs, official reports and minutes,
// limited by the server to what the user may read; filters by organ, type and dates; "Visa fler" paging. The query
// lives in the address, so a search can be bookmarked, shared and reached with the back button.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { fieldErrors } from '../api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { FormErrors } from '../components/Errors.tsx';
import { DateField, SelectField, TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { Loading } from '../components/Status.tsx';
import { listOrgans, searchRegistry } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/sv.ts';
import { formatDate } from '../lib/format.ts';
import { usePagedList } from '../lib/usePagedList.ts';
import type { SearchQuery, SearchResult } from '../searchTypes.ts';
import { DOCUMENT_KINDS, type Organ } from '../types.ts';

const PAGE_SIZE = 20;
const FILTERS = ['organ', 'kind', 'from', 'to'] as const;

/** The address of a hit inside the app (the server gives it with the app's base path). */
const appPath = (url: string): string => url.replace(/^\/app(?=\/)/, '');

function queryOf(params: URLSearchParams): SearchQuery {
  const query: SearchQuery = { q: params.get('q') ?? '' };
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query[name] = value;
  }
  return query;
}

function Hit({ hit }: { hit: SearchResult }) {
  const t = useT();
  const facts = [hit.organ?.name, hit.date ? formatDate(hit.date) : null].filter(Boolean).join(' · ');
  return (
    <li className="search-hit">
      <p className="search-hit-type">
        {t(`search.type.${hit.type}` as MessageKey)}
        {hit.number && <span className="search-hit-number"> · {hit.number}</span>}
      </p>
      <h3>
        <Link to={appPath(hit.url)}>{hit.title}</Link>
      </h3>
      {hit.snippet.length > 0 && (
        <p className="search-hit-snippet">
          {hit.snippet.map((part, n) => (part.mark ? <mark key={n}>{part.text}</mark> : <span key={n}>{part.text}</span>))}
        </p>
      )}
      {facts && <p className="muted search-hit-facts">{facts}</p>}
    </li>
  );
}

export function SearchPage() {
  const t = useT();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const asked = queryOf(params);
  const key = params.toString();

  const [form, setForm] = useState<SearchQuery>(asked);
  const [organs, setOrgans] = useState<Organ[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    listOrgans(controller.signal)
      .then((list) => setOrgans(list.items))
      .catch(() => undefined); // the organ filter is then offered without choices; the search itself still works
    return () => controller.abort();
  }, []);

  useEffect(() => setForm(queryOf(new URLSearchParams(key))), [key]);

  const list = usePagedList<SearchResult>({
    key: asked.q.trim() ? key : null,
    load: (cursor, signal) => searchRegistry({ ...asked, limit: PAGE_SIZE, cursor }, signal),
    onFirst: (page) => {
      const count = page.items.length === 0 ? t('search.none') : page.items.length === 1 ? t('search.countOne') : t('search.count', { count: page.items.length });
      announce(page.nextCursor ? `${count} ${t('search.more')}` : count);
    },
    onMore: (page) => announce(t('search.moreLoaded', { count: page.items.length })),
  });
  const { items, loading, error } = list;

  const set = (name: keyof SearchQuery) => (value: string) => setForm((f) => ({ ...f, [name]: value }));

  function onSearch(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.q.trim()) next.set('q', form.q.trim());
    for (const name of FILTERS) {
      const value = form[name]?.trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  }

  const errors = fieldErrors(error);
  const labels = { q: t('search.label'), organ: t('search.organ'), kind: t('search.kind'), from: t('search.from'), to: t('search.to') };
  const filtered = FILTERS.some((name) => asked[name]);

  return (
    <>
      <PageHeading title={t('search.title')} />
      <p>{t('search.intro')}</p>
      <form className="filter-bar search-form" role="search" aria-label={t('search.form')} onSubmit={onSearch} noValidate>
        <TextField name="q" type="search" label={t('search.label')} hint={t('search.hint')} value={form.q} onValue={set('q')} error={errors.q} className="field-grow" />
        <div className="filter-submit">
          <button type="submit" className="button-primary">
            {t('common.search')}
          </button>
        </div>
        <details className="search-filters" open={filtered || undefined}>
          <summary>{t('search.filters')}</summary>
          <div className="search-filter-fields">
            <SelectField
              name="organ"
              label={t('search.organ')}
              value={form.organ ?? ''}
              onValue={set('organ')}
              error={errors.organ}
              placeholder={t('search.allOrgans')}
              options={organs.map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }))}
            />
            <SelectField
              name="kind"
              label={t('search.kind')}
              value={form.kind ?? ''}
              onValue={set('kind')}
              error={errors.kind}
              placeholder={t('search.allKinds')}
              options={[
                { value: 'case', label: t('search.kindCase') },
                { value: 'minutes', label: t('search.kindMinutes') },
                ...DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}` as MessageKey) })),
              ]}
            />
            <DateField name="from" label={t('search.from')} value={form.from ?? ''} onValue={set('from')} error={errors.from} />
            <DateField name="to" label={t('search.to')} value={form.to ?? ''} onValue={set('to')} error={errors.to} />
          </div>
        </details>
      </form>

      <FormErrors error={error} labels={labels} />
      {!asked.q.trim() ? (
        <p className="muted">{t('search.start')}</p>
      ) : error ? null : loading ? (
        <Loading />
      ) : (
        <section aria-labelledby="search-results" className="search-results">
          <h2 id="search-results">{t('search.results', { q: asked.q })}</h2>
          {items.length === 0 ? (
            <p className="empty">{t('search.none')}</p>
          ) : (
            <>
              <p className="muted">{items.length === 1 ? t('search.countOne') : t('search.count', { count: items.length })}</p>
              <ol className="search-hits">
                {items.map((hit) => (
                  <Hit key={`${hit.type}:${hit.id}`} hit={hit} />
                ))}
              </ol>
            </>
          )}
          <ShowMore list={list} />
        </section>
      )}
    </>
  );
}
