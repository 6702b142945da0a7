// One agenda item in the meeting: who serves and the quorum (R-MEET-1), jäv (R-MEET-3), proposals and the
// decision procedure (R-MEET-4/5/6), the decision, dissents and notes (R-MEET-7).
import type { Conduct, ConductItem } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { DecisionSection } from './DecisionSection.tsx';
import { DisqualificationSection } from './DisqualificationSection.tsx';
import { ProcedureSection } from './ProcedureSection.tsx';
import { ProposalsSection } from './ProposalsSection.tsx';
import { ReservationsSection } from './ReservationsSection.tsx';
import { ids, withParty } from './people.ts';
import type { ConductActions } from './useConduct.ts';

export interface ItemProps {
  view: Conduct;
  item: ConductItem;
  actions: ConductActions;
  manage: boolean;
}

export function ItemPanel(props: ItemProps) {
  const t = useT();
  const { item } = props;
  const att = item.attendance!;
  const q = att.quorum;
  return (
    <article className="conduct-item" aria-labelledby={ids.item(item.id)}>
      <p className="eyebrow">
        {item.sectionHeading}
        {item.caseNumber && <> · {item.caseNumber}</>}
        {!item.public && <> · {t('conduct.item.closed')}</>}
      </p>
      <h2 id={ids.item(item.id)} tabIndex={-1} className="conduct-item-title">
        <span className="paragraph">§ {item.paragraphLabel}</span> {item.title}
      </h2>

      <section aria-labelledby={`serving-${item.id}`} className="conduct-block">
        <h3 id={`serving-${item.id}`}>{t('conduct.servingHeading')}</h3>
        <div className={`conduct-quorum ${q.ok ? 'is-ok' : 'is-missing'}`} id={`quorum-${item.id}`}>
          <p>
            <strong>{q.ok ? t('conduct.quorumOk') : t('conduct.quorumMissing')}</strong>{' '}
            {t('conduct.quorumLine', { serving: q.serving, seats: q.seats, required: q.required })}
          </p>
          {!q.ok && q.reason && (
            <p lang="sv">
              {q.reason} {t('conduct.quorumBlocks')}
            </p>
          )}
        </div>
        <ul className="conduct-serving">
          {att.serving.map((s) => (
            <li key={s.personId}>
              {withParty(s)}
              {s.forName && (
                <span className="sub">
                  {t(s.suggested ? 'conduct.servingForSuggested' : 'conduct.servingFor', { name: s.forName })}
                </span>
              )}
            </li>
          ))}
        </ul>
        {att.vacantSeats.length > 0 && (
          <p className="hint">{t('conduct.vacantSeats', { names: att.vacantSeats.map((p) => props.view.seats.find((s) => s.personId === p)?.name ?? p).join(', ') })}</p>
        )}
      </section>

      <DisqualificationSection {...props} />
      <ProposalsSection {...props} />
      <ProcedureSection {...props} />
      <DecisionSection {...props} />
      <ReservationsSection {...props} />
    </article>
  );
}
