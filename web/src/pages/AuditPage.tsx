// Audit log (R-REG-8): filter by period, action and secret reads; page with "Visa fler"; export CSV.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorAlert } from '../components/Errors.tsx';
import { CheckboxField, DateField, SelectField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { Loading } from '../components/Status.tsx';
import { auditCsvUrl, listAudit, type AuditFilter } from '../endpoints.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { detailsText, formatDateTime } from '../lib/format.ts';
import { usePagedList } from '../lib/usePagedList.ts';
import { AUDIT_ACTIONS, type AuditEvent } from '../types.ts';

function filterFrom(params: URLSearchParams): AuditFilter {
  return {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    action: params.get('action') ?? undefined,
    secretOnly: params.get('secretOnly') === 'true' || undefined,
  };
}

export function AuditPage() {
  const { t, tMaybe } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');
  const [action, setAction] = useState(params.get('action') ?? '');
  const [secretOnly, setSecretOnly] = useState(params.get('secretOnly') === 'true');
  const filter = filterFrom(new URLSearchParams(key));

  const list = usePagedList<AuditEvent>({
    key,
    load: (cursor, signal) => listAudit(filter, cursor, signal),
    onFirst: (page) => announce(t('audit.resultCount', { count: page.items.length })),
    onMore: (page) => announce(t('audit.moreLoaded', { count: page.items.length })),
  });
  const { items, loading, error } = list;

  function onFilter(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (from) next.set('from', from);
    if (to) next.set('to', to);
    if (action.trim()) next.set('action', action.trim());
    if (secretOnly) next.set('secretOnly', 'true');
    setParams(next);
  }

  return (
    <>
      <div className="page-title-row">
        <PageHeading title={t('audit.title')} />
        <div className="page-actions">
          <a className="button" href={auditCsvUrl(filter)} download>
            {t('audit.exportCsv')}
          </a>
        </div>
      </div>
      <p className="lead">{t('audit.intro')}</p>

      <form className="filter-bar" onSubmit={onFilter} aria-label={t('audit.filterLabel')}>
        <DateField name="from" label={t('audit.from')} value={from} onValue={setFrom} />
        <DateField name="to" label={t('audit.to')} value={to} onValue={setTo} />
        <SelectField
          name="action"
          label={t('audit.action')}
          value={action}
          onValue={setAction}
          placeholder={t('audit.allActions')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: tMaybe(`action.${a}`, a) }))}
        />
        <CheckboxField name="secretOnly" label={t('audit.secretOnly')} checked={secretOnly} onChecked={setSecretOnly} />
        <div className="filter-submit">
          <button type="submit" className="button-primary">
            {t('audit.filter')}
          </button>
        </div>
      </form>

      <ErrorAlert error={error} />
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && <p className="empty">{t('audit.none')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table>
            <caption id="audit-caption">{t('audit.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>{e.actor?.displayName ?? <span className="muted">{t('audit.system')}</span>}</td>
                  <td>
                    {tMaybe(`action.${e.action}`, e.action)}
                    {tMaybe(`action.${e.action}`, '') && <span className="sub code">{e.action}</span>}
                    {e.secretAccess && <span className="badge badge-secret">{t('audit.secretAccess')}</span>}
                  </td>
                  <td>
                    {e.documentNumber ?? e.caseNumber ?? tMaybe(`entity.${e.entityType}`, e.entityType)}
                    {(e.documentNumber || e.caseNumber) && (
                      <span className="sub">{tMaybe(`entity.${e.entityType}`, e.entityType)}</span>
                    )}
                  </td>
                  <td className="details">{detailsText(e.details)}</td>
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
