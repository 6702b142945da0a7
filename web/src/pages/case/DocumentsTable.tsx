// The documents (handlingar) of a case: number, date, direction, kind, description,
// counterparty, secrecy mark with its action (mark / release after assessment), files and their publication on
// the web (R-PUB-1).
import { SecrecyBadge } from '../../components/badges.tsx';
import { fileUrl } from '../../endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fileTypeLabel, formatBytes, formatDate } from '../../lib/format.ts';
import type { CaseDocument } from '../../types.ts';
import { SensitiveFileLink } from './SensitiveFileLink.tsx';
import { DetailsLine } from '../register/DetailsFields.tsx';
import { PublicationControl } from './PublicationControl.tsx';

export type SecrecyAction = 'mark' | 'release';

interface Props {
  documents: CaseDocument[];
  canAct: boolean;
  onAction: (doc: CaseDocument, action: SecrecyAction) => void;
}

/** Id of a document's action button, so focus can return to it after the action. */
export const actionButtonId = (docId: string) => `doc-action-${docId}`;

export function DocumentsTable({ documents, canAct, onAction }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap" role="region" aria-labelledby="documents-caption" tabIndex={0}>
      <table className="documents">
        <caption id="documents-caption">{t('documents.caption', { count: documents.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('document.number')}</th>
            <th scope="col">{t('document.registeredDate')}</th>
            <th scope="col">{t('document.direction')}</th>
            <th scope="col">{t('document.kind')}</th>
            <th scope="col">{t('document.description')}</th>
            <th scope="col">{t('document.counterparty')}</th>
            <th scope="col">{t('document.secrecy')}</th>
            <th scope="col">{t('document.files')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id} className={doc.secrecy ? 'is-secret' : undefined}>
              <th scope="row" className="nowrap">
                {doc.number}
              </th>
              <td className="nowrap">{formatDate(doc.registeredDate)}</td>
              <td>{t(`direction.${doc.direction}`)}</td>
              <td>{t(`kind.${doc.kind}`)}</td>
              <td className="desc">
                {doc.description}
                <DetailsLine kind={doc.kind} details={doc.details} />
                {doc.publicDescription && doc.publicDescription !== doc.description && (
                  <span className="sub">
                    {t('document.publicDescriptionShort')}: {doc.publicDescription}
                  </span>
                )}
              </td>
              <td>
                {doc.counterparty ? (
                  <>
                    {doc.counterparty.name}
                    {doc.counterparty.organisation && <span className="sub">{doc.counterparty.organisation}</span>}
                    {doc.counterparty.address && <span className="sub">{doc.counterparty.address}</span>}
                    {doc.counterparty.email && <span className="sub">{doc.counterparty.email}</span>}
                    {doc.counterparty.protectedIdentity && (
                      <span className="badge badge-protected">{t('counterparty.protectedBadge')}</span>
                    )}
                  </>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td className="secrecy">
                {doc.secrecy ? <SecrecyBadge secrecy={doc.secrecy} /> : <span className="muted">–</span>}
                {canAct && (
                  <button
                    type="button"
                    id={actionButtonId(doc.id)}
                    className="button-small"
                    onClick={() => onAction(doc, doc.secrecy ? 'release' : 'mark')}
                  >
                    {doc.secrecy ? t('secrecy.releaseButton') : t('secrecy.markButton')}{' '}
                    <span className="visually-hidden">{doc.number}</span>
                  </button>
                )}
              </td>
              <td>
                {doc.filesWithheld ? (
                  <span className="muted">{t('item.filesWithheld')}</span>
                ) : doc.files.length === 0 ? (
                  <span className="muted">{t('document.noFiles')}</span>
                ) : (
                  <ul className="file-list">
                    {doc.files.map((f) => (
                      <li key={f.id}>
                        {doc.secrecy || doc.counterparty?.protectedIdentity ? (
                          <SensitiveFileLink fileId={f.id} name={f.name} number={doc.number} />
                        ) : (
                          <a href={fileUrl(f.id)} download={f.name}>
                            {f.name}
                          </a>
                        )}{' '}
                        <span className="muted">
                          ({fileTypeLabel(f.name, f.mediaType)}, {formatBytes(f.size, locale)})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <PublicationControl documentId={doc.id} number={doc.number} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
