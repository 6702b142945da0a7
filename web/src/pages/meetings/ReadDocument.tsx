// One book document in the reading view: number, description and secrecy mark; "Läs handlingen" opens the
// document inline next to the member's notes on it.
import { useState } from 'react';
import { SecrecyBadge } from '../../components/badges.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { AgendaDocument } from '../../meetingTypes.ts';
import { DocumentViewer } from './DocumentViewer.tsx';
import { NotesPanel } from './NotesPanel.tsx';

/** `purpose` is logged with reads of secret or protected documents (R-REG-8); the reading view states it. */
export function ReadDocument({ doc, purpose }: { doc: AgendaDocument; purpose: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = `doc-panel-${doc.id}`;
  return (
    <div className={`read-doc${open ? ' is-open' : ''}`}>
      <div className="read-doc-head">
        <p className="read-doc-title">
          {doc.withheld ? <span className="muted">{t('item.withheld')}</span> : <><span className="doc-number">{doc.number}</span> {doc.description}</>}
          {doc.secrecyGround && (
            <>
              {' '}
              <SecrecyBadge secrecy={{ legalGround: doc.secrecyGround }} />
            </>
          )}
          {doc.protectedPersonalData && (
            <>
              {' '}
              <span className="badge badge-protected">{t('counterparty.protectedBadge')}</span>
            </>
          )}
        </p>
        {doc.readable && <button type="button" className="button-small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)}>
          {open ? t('read.close') : t('read.open')}
          <span className="visually-hidden"> {doc.number}</span>
        </button>}
      </div>
      <div id={panelId} className="read-doc-panel" hidden={!open}>
        {open && (
          <>
            <DocumentViewer documentId={doc.id} number={doc.number} description={doc.description} purpose={purpose} />
            <NotesPanel documentId={doc.id} number={doc.number} />
          </>
        )}
      </div>
    </div>
  );
}
