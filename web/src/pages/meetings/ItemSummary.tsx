// An agenda item's heading and facts: paragraph (provisional numbers marked as preliminary until the notice
// fixes them), title (struck through when withdrawn, "utgår"), Dnr, kind, public or closed, and presenter.
import { Link } from 'react-router-dom';
import { PublicBadge } from '../../components/badges.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { AgendaItem } from '../../meetingTypes.ts';

interface Props {
  item: AgendaItem;
  /** Heading level of the item title. */
  level: 3 | 4;
  /** Link the Dnr to the case page (staff); members see it as text. */
  linkCase: boolean;
  headingId?: string;
}

export function ItemSummary({ item, level, linkCase, headingId }: Props) {
  const t = useT();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading id={headingId} className="item-title">
        <span className={`paragraph${item.paragraphFixed ? '' : ' paragraph-provisional'}`}>
          § {item.paragraphLabel}
          {!item.paragraphFixed && <span className="visually-hidden"> ({t('item.provisional')})</span>}
        </span>{' '}
        {item.withdrawn ? (
          <>
            <s className="withdrawn">{item.title}</s> <span className="badge badge-withdrawn">{t('item.withdrawn')}</span>
          </>
        ) : (
          item.title
        )}
      </Heading>
      <p className="item-meta">
        {!item.paragraphFixed && (
          <span className="badge badge-provisional" aria-hidden="true">
            {t('item.provisional')}
          </span>
        )}
        {item.caseNumber && (
          <span>
            {t('item.dnr')}{' '}
            {linkCase && item.caseId ? <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link> : item.caseNumber}
          </span>
        )}
        <span>{t(`itemKind.${item.kind}`)}</span>
        <PublicBadge isPublic={item.public} />
        {item.presenter && (
          <span>
            {t('item.presenter')}: {item.presenter}
          </span>
        )}
      </p>
    </>
  );
}
