// The round's applications as a table: document number, applicant, project, amounts applied and granted (or
// proposed) per year in the round's unit, the recommendation or decision with its motivation, warnings, and the
// actions of those who keep the round (in a round the organ decides, recording its decision per application); the
// last row sums what counts as granted per year.
import { useT } from '../../../i18n/i18n.tsx';
import { inUnit, type Application, type Round } from './api.ts';
import type { Open } from './RoundPage.tsx';

function StateBadge({ a }: { a: Application }) {
  const t = useT();
  if (a.decidedEarlier) return <span className="badge badge-grant-granted">{t('grants.decidedEarlier', { ref: a.decisionRef ?? '' })}</span>;
  if (a.state === 'decided') return <span className={`badge badge-grant-${a.outcome}`}>{t(`grants.outcome.${a.outcome ?? 'granted'}`)}</span>;
  if (a.state === 'recommended') return <span className={`badge badge-grant-rec-${a.recommendation}`}>{t(`grants.recommendation.${a.recommendation ?? 'grant'}`)}</span>;
  return <span className="badge badge-grant-registered">{t('grants.state.registered')}</span>;
}

export function ApplicationsTable({ round, onOpen }: { round: Round; onOpen: (open: Open) => void }) {
  const t = useT();
  const u = round.unit;
  const cell = (a: Application, year: number, what: 'appliedKr' | 'grantedKr') => {
    const y = a.years.find((x) => x.year === year);
    const v = y?.[what];
    return v === null || v === undefined || v === 0 ? '–' : inUnit(v, u);
  };
  const counts = (a: Application) => (a.state === 'decided' ? a.outcome === 'granted' : a.recommendation === 'grant');
  if (round.items.length === 0) return <p className="empty">{t('grants.noApplications')}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="applications-caption" tabIndex={0}>
      <table className="grant-applications">
        <caption id="applications-caption">{t('grants.applicationsCaption', { unit: u })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grants.document')}</th>
            <th scope="col">{t('grants.applicant')}</th>
            <th scope="col">{t('grants.project')}</th>
            {round.years.map((y) => <th key={y} scope="col" className="num">{t('grants.yearColumn', { year: y })}</th>)}
            <th scope="col">{t('grants.assessment')}</th>
            {round.canEdit && <th scope="col">{t('grants.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {round.items.map((a) => (
            <tr key={a.id}>
              <td className="nowrap">
                {a.documentNumber ?? '–'}
                {a.externalRef && <span className="sub">{a.externalRef}</span>}
              </td>
              <th scope="row">
                {a.applicantName}
                <span className="sub">{t(`grants.kind.${a.applicantKind}`)}</span>
              </th>
              <td>
                {a.projectTitle}
                {a.totalCostKr !== null && <span className="sub">{t('grants.totalCostShort', { amount: inUnit(a.totalCostKr, u), unit: u })}</span>}
              </td>
              {round.years.map((y) => (
                <td key={y} className="num">
                  <strong>{counts(a) ? cell(a, y, 'grantedKr') : a.recommendation === 'reject' && a.years.some((x) => x.year === y) ? t('grants.rejectedShort') : '–'}</strong>
                  {cell(a, y, 'appliedKr') !== '–' && <span className="sub">{t('grants.appliedShort', { amount: cell(a, y, 'appliedKr') })}</span>}
                </td>
              ))}
              <td className="assessment">
                <StateBadge a={a} />
                {a.motivation && <p className="motivation">{a.motivation}</p>}
                {a.conditions && <p className="motivation">{t('grants.conditionsShort', { conditions: a.conditions })}</p>}
                {[...a.warnings, ...a.budgetWarnings].map((w) => <p key={w} className="warning">{w}</p>)}
              </td>
              {round.canEdit && (
                <td>
                  <div className="row-actions">
                    {a.state !== 'decided' && (
                      <>
                        <button type="button" className="button-small" onClick={() => onOpen({ kind: 'recommend', application: a })} aria-label={t('grants.recommendFor', { title: a.projectTitle })}>{t('grants.recommend')}</button>
                        <button type="button" className="button-small" onClick={() => onOpen({ kind: 'edit', application: a })} aria-label={t('grants.editFor', { title: a.projectTitle })}>{t('grants.edit')}</button>
                        <button type="button" className="button-small" onClick={() => onOpen({ kind: 'budget', application: a })} aria-label={t('grants.budgetFor', { title: a.projectTitle })}>{t('grants.budget')}</button>
                      </>
                    )}
                    {round.decidedBy === 'organ' && !a.decidedEarlier && a.state !== 'registered' && (
                      <button type="button" className="button-small" onClick={() => onOpen({ kind: 'decision', application: a })} aria-label={t('grants.recordDecisionFor', { title: a.projectTitle })}>{t('grants.recordDecision')}</button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>{t('grants.sum')}</th>
            {round.years.map((y) => (
              <td key={y} className="num">
                <strong>{inUnit(round.sums.find((s) => s.year === y)?.kr ?? 0, u)}</strong>
                <span className="sub">{t('grants.appliedShort', { amount: inUnit(round.items.reduce((s, a) => s + (a.years.find((x) => x.year === y)?.appliedKr ?? 0), 0), u) })}</span>
              </td>
            ))}
            <td />
            {round.canEdit && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
