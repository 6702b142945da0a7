// One appropriation: amount, committed, proposed and remaining funds per year as of a chosen date (a bars picture
// with the table as its fallback), and the commitments with their status, case, decision and conditions. Case
// officers of the organ add, change, confirm and release commitments.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/Errors.tsx';
import { DateField } from '../../../components/fields.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/Status.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/useLoad.ts';
import { useSubmit } from '../../../lib/useSubmit.ts';
import { listOrgans } from '../../../endpoints.ts';
import { AppropriationDialog } from './AppropriationDialog.tsx';
import { CommitmentDialog } from './CommitmentDialog.tsx';
import { ReleaseDialog } from './ReleaseDialog.tsx';
import { UseChart } from './UseChart.tsx';
import { confirmCommitment, getAppropriation, kr, tkr, type Appropriation, type Commitment } from './api.ts';

type Open = { kind: 'edit' } | { kind: 'commitment'; commitment: Commitment | null } | { kind: 'release'; commitment: Commitment } | null;

export function AppropriationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [asOf, setAsOf] = useState(todayIso());
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '';
  const loaded = useLoad((signal) => getAppropriation(id, validDate, signal), [id, validDate]);
  const organs = useLoad((signal) => listOrgans(signal), []);
  const [open, setOpen] = useState<Open>(null);
  const confirm = useSubmit(async (c: Commitment) => { await confirmCommitment(id, c.id, { version: c.version }); await loaded.reload(); });
  const a = loaded.data;
  const saved = (_next: Appropriation) => { setOpen(null); void loaded.reload(); };
  if (!a) return <>{loaded.error ? <><PageHeading title={t('registers.appropriations')} /><ErrorAlert error={loaded.error} /></> : <Loading />}</>;
  const years = a.years.map((y) => y.year);
  return (
    <>
      <p className="breadcrumbs"><Link to="..">{t('registers.appropriations')}</Link></p>
      <PageHeading title={a.name} />
      <p className="lead">{a.organName}{a.description ? ` · ${a.description}` : ''}</p>
      {a.canEdit && (
        <div className="actions">
          <button type="button" onClick={() => setOpen({ kind: 'edit' })}>{t('appropriations.edit')}</button>
          <button type="button" className="button-primary" onClick={() => setOpen({ kind: 'commitment', commitment: null })}>{t('appropriations.addCommitment')}</button>
        </div>
      )}
      <ErrorAlert error={loaded.error ?? confirm.error} />

      <section aria-labelledby="remaining-heading">
        <h2 id="remaining-heading">{t('appropriations.remainingHeading')}</h2>
        <DateField name="asOf" label={t('appropriations.asOf')} hint={t('appropriations.asOfHint')} value={asOf} onValue={setAsOf} />
        <div className="appropriation-overview">
          <div className="table-wrap" role="region" aria-labelledby="remaining-caption" tabIndex={0}>
            <table id="remaining-table" className="numbers">
              <caption id="remaining-caption">{t('appropriations.remainingCaption', { date: formatDate(a.asOf) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('appropriations.year')}</th>
                  <th scope="col">{t('appropriations.amountTkr')}</th>
                  <th scope="col">{t('appropriations.committedTkr')}</th>
                  <th scope="col">{t('appropriations.remainingTkr')}</th>
                  <th scope="col">{t('appropriations.proposedTkr')}</th>
                  <th scope="col">{t('appropriations.afterProposalsTkr')}</th>
                </tr>
              </thead>
              <tbody>
                {a.remaining.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td>{tkr(r.amountKr)}</td>
                    <td>{tkr(r.committedKr)}</td>
                    <td className={r.remainingKr < 0 ? 'negative' : undefined}>{tkr(r.remainingKr)}</td>
                    <td>{tkr(r.proposedKr)}</td>
                    <td className={r.remainingKr - r.proposedKr < 0 ? 'negative' : undefined}>{tkr(r.remainingKr - r.proposedKr)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <UseChart rows={a.remaining} name={a.name} tableId="remaining-caption" />
        </div>
      </section>

      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{t('appropriations.commitments')}</h2>
        {a.commitments.length === 0 ? <p className="empty">{t('appropriations.noCommitments')}</p> : (
          <div className="table-wrap" role="region" aria-labelledby="commitments-caption" tabIndex={0}>
            <table className="commitments">
              <caption id="commitments-caption" className="visually-hidden">{t('appropriations.commitments')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('appropriations.recipient')}</th>
                  <th scope="col">{t('appropriations.status')}</th>
                  <th scope="col">{t('appropriations.decision')}</th>
                  {years.map((y) => <th scope="col" key={y} className="num">{y}</th>)}
                  {a.canEdit && <th scope="col">{t('appropriations.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {a.commitments.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.recipient}
                      {c.purpose && <span className="sub">{c.purpose}</span>}
                      {c.conditions && <span className="sub">{t('appropriations.conditionsLine', { conditions: c.conditions })}</span>}
                      {c.overrideReason && <span className="sub override">{t('appropriations.overrideLine', { reason: c.overrideReason })}</span>}
                    </th>
                    <td>
                      <span className={`badge badge-commitment-${c.status}`}>{t(`appropriations.status.${c.status}`)}</span>
                      {c.releasedOn && <span className="sub">{t('appropriations.releasedLine', { date: formatDate(c.releasedOn) })}</span>}
                    </td>
                    <td>
                      {c.reference ?? '–'}
                      {c.decidedOn && !c.reference?.includes(c.decidedOn) && <span className="sub">{formatDate(c.decidedOn)}</span>}
                      {c.caseId && c.caseNumber && <span className="sub"><Link to={`/cases/${c.caseId}`}>{c.caseNumber}</Link></span>}
                    </td>
                    {years.map((y) => <td key={y} className="num">{kr(c.amounts.find((x) => x.year === y)?.amountKr ?? 0)}</td>)}
                    {a.canEdit && (
                      <td><div className="row-actions">
                        {c.sourceKind === 'manual' && c.status !== 'released' && <button type="button" className="button-link" onClick={() => setOpen({ kind: 'commitment', commitment: c })}>{t('appropriations.change')}<span className="visually-hidden"> {c.recipient}</span></button>}
                        {c.status === 'conditional' && <button type="button" className="button-link" disabled={confirm.busy} onClick={() => void confirm.run(c)}>{t('appropriations.confirm')}<span className="visually-hidden"> {c.recipient}</span></button>}
                        {(c.status === 'conditional' || c.status === 'firm') && <button type="button" className="button-link" onClick={() => setOpen({ kind: 'release', commitment: c })}>{t('appropriations.release')}<span className="visually-hidden"> {c.recipient}</span></button>}
                      </div></td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {open?.kind === 'edit' && <AppropriationDialog appropriation={a} organs={organs.data?.items ?? []} onClose={() => setOpen(null)} onSaved={saved} />}
      {open?.kind === 'commitment' && <CommitmentDialog appropriation={a} commitment={open.commitment} onClose={() => setOpen(null)} onSaved={saved} />}
      {open?.kind === 'release' && <ReleaseDialog appropriation={a} commitment={open.commitment} onClose={() => setOpen(null)} onSaved={saved} />}
    </>
  );
}
