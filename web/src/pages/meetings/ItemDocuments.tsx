// The documents an agenda item brings into the meeting book: number, description, secrecy mark with its
// legal ground, and a mark for protected personal data.
import { SecrecyBadge } from '../../components/badges.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { AgendaDocument } from '../../meetingTypes.ts';

export function ItemDocuments({ documents }: { documents: AgendaDocument[] }) {
  const t = useT();
  if (documents.length === 0) return <p className="item-docs-none muted">{t('item.noDocuments')}</p>;
  return (
    <ul className="item-docs" aria-label={t('item.documents')}>
      {documents.map((d) => (
        <li key={d.id}>
          {d.withheld ? (
            <span className="doc-desc muted">{t('item.withheld')}</span>
          ) : (
            <>
              <span className="doc-number">{d.number}</span> <span className="doc-desc">{d.description}</span>
            </>
          )}
          {d.secrecyGround && (
            <>
              {' '}
              <SecrecyBadge secrecy={{ legalGround: d.secrecyGround }} />
            </>
          )}
          {d.protectedPersonalData && (
            <>
              {' '}
              <span className="badge badge-protected">{t('counterparty.protectedBadge')}</span>
            </>
          )}
          {!d.withheld && !d.readable && <span className="sub">{t('item.filesWithheld')}</span>}
          {d.readable && !d.files.some((f) => f.mediaType === 'application/pdf') && (
            <span className="sub">{t('item.noPdf')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
