// One grant round: what it is (period, criteria, how it is decided), the appropriation it draws on with the
// remaining funds after the round's proposals, the applications with amounts applied and granted per year and
// their recommendation or decision, the sums per year, project budgets with their checks, the compilations and
// the applicants' notifications. Those who keep the organ's registers register and recommend applications,
// edit the round, generate the compilation, record a delegation decision or an organ's decision per application
// and send the notifications.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { ApplicationDialog } from './ApplicationDialog.tsx';
import { ApplicationsTable } from './ApplicationsTable.tsx';
import { BudgetDialog } from './BudgetDialog.tsx';
import { BudgetView } from './BudgetView.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { DelegationDialog } from './DelegationDialog.tsx';
import { RecommendDialog } from './RecommendDialog.tsx';
import { RoundDialog } from './RoundDialog.tsx';
import { compilationUrl, generateCompilation, getRound, inUnit, sendNotifications, type Application } from './api.ts';

export type Open = { kind: 'register' | 'delegation' | 'round' } | { kind: 'edit' | 'recommend' | 'budget' | 'decision'; application: Application } | null;

export function RoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const loaded = useLoad((signal) => getRound(id, signal), [id]);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const r = loaded.data;
  const generate = useSubmit(async () => {
    const doc = await generateCompilation(id, r!.version);
    setNotice(t('grants.compilationRegistered', { number: doc.number }));
    await loaded.reload();
  });
  const notify = useSubmit(async () => {
    const res = await sendNotifications(id);
    setNotice(t('grants.notificationsSent', { sent: res.sent, letters: res.letters.length }));
    await loaded.reload();
  });
  const closed = (message?: string) => { setOpen(null); if (message) setNotice(message); void loaded.reload(); };
  if (!r) return <>{loaded.error ? <><PageHeading title={t('registers.grants')} /><ErrorAlert error={loaded.error} /></> : <Loading />}</>;
  const withBudget = r.items.filter((a) => a.projectBudget);
  return (
    <>
      <p className="breadcrumbs"><Link to="..">{t('registers.grants')}</Link></p>
      <PageHeading title={r.name} />
      <p className="lead">
        {r.organName} · <Link to={`/cases/${r.caseId}`}>{r.caseNumber}</Link>
        {r.appropriationName ? ` · ${t('grants.drawsOn', { name: r.appropriationName })}` : ''}
      </p>
      {notice && <SuccessNotice onDismiss={() => setNotice('')}>{notice}</SuccessNotice>}
      <ErrorAlert error={generate.error ?? notify.error} />
      <div className="actions">
        {r.canEdit && <button type="button" className="button-primary" onClick={() => setOpen({ kind: 'register' })}>{t('grants.register')}</button>}
        {r.canEdit && <button type="button" onClick={() => setOpen({ kind: 'round' })}>{t('grants.editRound')}</button>}
        {r.canEdit && <button type="button" onClick={() => void generate.run()} disabled={generate.busy || r.items.length === 0}>{generate.busy ? t('grants.generating') : t('grants.generate')}</button>}
        {r.canEdit && r.decidedBy === 'delegation' && <button type="button" onClick={() => setOpen({ kind: 'delegation' })}>{t('grants.recordDelegation')}</button>}
        {r.canEdit && r.notifications.emailPending > 0 && (
          <button type="button" onClick={() => void notify.run()} disabled={notify.busy}>{t('grants.sendNotifications', { count: r.notifications.emailPending })}</button>
        )}
        <a href={compilationUrl(r.id, 'public')} target="_blank" rel="noreferrer">{t('grants.previewPublic')}</a>
        {r.canEdit && <a href={compilationUrl(r.id, 'internal')} target="_blank" rel="noreferrer">{t('grants.previewInternal')}</a>}
      </div>

      <section aria-labelledby="about-heading" className="grant-about">
        <h2 id="about-heading">{t('grants.about')}</h2>
        <dl className="facts">
          <dt>{t('grants.period')}</dt><dd>{r.closesOn ? `${formatDate(r.opensOn)} – ${formatDate(r.closesOn)}` : t('grants.continuous')}</dd>
          <dt>{t('grants.decidedBy')}</dt>
          <dd>
            {t(`grants.decidedBy.${r.decidedBy}`)}
            {r.delegateName ? ` · ${r.delegateName} ${formatDate(r.delegationDecidedOn)}` : ''}
          </dd>
          {r.documentOwner && <><dt>{t('grants.documentOwner')}</dt><dd>{r.documentOwner}</dd></>}
        </dl>
        {r.intro && <p>{r.intro}</p>}
        {r.criteria.length > 0 && (
          <>
            <h3>{t('grants.criteria')}</h3>
            <ul>{r.criteria.map((c) => <li key={c}>{c}</li>)}</ul>
          </>
        )}
      </section>

      {r.appropriation && (
        <section aria-labelledby="remaining-heading">
          <h2 id="remaining-heading">{t('grants.remainingHeading', { name: r.appropriation.name })}</h2>
          <div className="table-wrap" role="region" aria-labelledby="grant-remaining-caption" tabIndex={0}>
            <table className="numbers grant-remaining">
              <caption id="grant-remaining-caption">{t('grants.remainingCaption', { date: formatDate(r.appropriation.asOf) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grants.year')}</th>
                  <th scope="col">{t('grants.amountTkr')}</th>
                  <th scope="col">{t('grants.committedTkr')}</th>
                  <th scope="col">{t('grants.proposedTkr')}</th>
                  <th scope="col">{t('grants.remainingTkr')}</th>
                </tr>
              </thead>
              <tbody>
                {r.appropriation.remaining.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{row.year}</th>
                    <td>{inUnit(row.amountKr, 'tkr')}</td>
                    <td>{inUnit(row.committedKr, 'tkr')}</td>
                    <td>{inUnit(row.proposedKr, 'tkr')}</td>
                    <td className={row.remainingKr < 0 ? 'negative' : undefined}>{inUnit(row.remainingKr, 'tkr')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('grants.remainingHint')}</p>
        </section>
      )}

      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t('grants.applications')}</h2>
        <ApplicationsTable round={r} onOpen={setOpen} />
        <p role="status" className="grant-notifications">
          {t('grants.notificationStatus', { pending: r.notifications.emailPending, sent: r.notifications.emailSent, letters: r.notifications.letters })}
        </p>
      </section>

      {withBudget.map((a) => (
        <section key={a.id} aria-labelledby={`budget-${a.id}`}>
          <h2 id={`budget-${a.id}`}>{t('grants.budgetHeading', { title: a.projectTitle })}</h2>
          <BudgetView application={a} />
        </section>
      ))}

      <section aria-labelledby="compilations-heading">
        <h2 id="compilations-heading">{t('grants.compilations')}</h2>
        {r.compilations.length === 0 ? <p className="empty">{t('grants.noCompilations')}</p> : (
          <ul>
            {r.compilations.map((c) => <li key={c.documentId}><Link to={`/cases/${r.caseId}`}>{c.number}</Link> · {formatDate(c.registeredDate)}</li>)}
          </ul>
        )}
        <p className="hint">{t('grants.compilationHint')}</p>
      </section>

      {open?.kind === 'register' && <ApplicationDialog round={r} application={null} onClose={closed} />}
      {open?.kind === 'edit' && <ApplicationDialog round={r} application={open.application} onClose={closed} />}
      {open?.kind === 'recommend' && <RecommendDialog round={r} application={open.application} onClose={closed} />}
      {open?.kind === 'budget' && <BudgetDialog application={open.application} onClose={closed} />}
      {open?.kind === 'delegation' && <DelegationDialog round={r} onClose={closed} />}
      {open?.kind === 'decision' && <DecisionDialog round={r} application={open.application} onClose={closed} />}
      {open?.kind === 'round' && (
        <RoundDialog round={r} onClose={() => setOpen(null)} onReload={() => closed()} onSaved={() => closed(t('grants.roundSaved'))} />
      )}
    </>
  );
}
