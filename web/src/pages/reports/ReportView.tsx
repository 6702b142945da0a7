// A report shown read-only (a final report, or a reader without the right to edit): the proposal, the
// description (HTML as sanitised by the server), basis, people and distribution.
import { useT } from '../../i18n/i18n.tsx';
import type { Report } from '../../reportTypes.ts';
import type { CaseDocument } from '../../types.ts';
import { useLeadIn } from './ReportForm.tsx';
import { FrozenRegisterTables } from './RegisterTables.tsx';

export function ReportView({ report, documents }: { report: Report; documents: CaseDocument[] }) {
  const t = useT();
  const c = report.content;
  const leadIn = useLeadIn()(report.organName, c.decision, c.proposesTo);
  const people = (list: { name: string; title: string }[]) =>
    list.map((p, i) => (
      <li key={i}>
        {p.name}
        {p.title && <span className="muted">, {p.title}</span>}
      </li>
    ));

  return (
    <div className="report-view">
      <dl className="facts">
        <div>
          <dt>{t('report.date')}</dt>
          <dd>{c.date}</dd>
        </div>
        <div>
          <dt>{t('report.organ')}</dt>
          <dd>{report.organName}</dd>
        </div>
        <div>
          <dt>{t('case.number')}</dt>
          <dd>{report.caseNumber}</dd>
        </div>
      </dl>
      {leadIn && (
        <>
          <h2>{t('report.proposal')}</h2>
          <p>{leadIn}</p>
          <ol className="clause-list">
            {c.clauses.map((clause, i) => (
              <li key={i}>att {clause}</li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('report.description')}</h2>
      {/* The server keeps only headings, paragraphs, lists, tables, emphasis and links (src/documents/richText.ts). */}
      <div className="report-description" dangerouslySetInnerHTML={{ __html: c.description }} />
      <FrozenRegisterTables tables={c.registerTables ?? []} />
      {c.basis.length > 0 && (
        <>
          <h2>{t('report.basis')}</h2>
          <ul>
            {c.basis.map((b, i) => (
              <li key={i}>
                {b.text}
                {b.documentId && <span className="muted"> ({documents.find((d) => d.id === b.documentId)?.number ?? t('report.linkedDocument')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {c.preparedBy.length > 0 && (
        <>
          <h2>{t('report.preparedBy')}</h2>
          <ul>{people(c.preparedBy)}</ul>
        </>
      )}
      {c.distribution.length > 0 && (
        <>
          <h2>{t('report.distribution')}</h2>
          <ul>
            {c.distribution.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </>
      )}
      {c.signatories.length > 0 && (
        <>
          <h2>{t('report.signatories')}</h2>
          <ul>{people(c.signatories)}</ul>
        </>
      )}
    </div>
  );
}
