// Case page: header and facts, edit form (with optimistic-lock conflict handling), documents
// with secrecy actions, and history.
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { REGISTERING_ROLES, useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { StatusBadge } from '../components/badges.tsx';
import { ErrorAlert } from '../components/Errors.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading, SuccessNotice } from '../components/Status.tsx';
import { getCase, listOrgans } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatDate } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import type { CaseDocument } from '../types.ts';
import { CaseEditForm } from './case/CaseEditForm.tsx';
import { CaseHistory } from './case/CaseHistory.tsx';
import { CaseReports } from './case/CaseReports.tsx';
import { actionButtonId, DocumentsTable, type SecrecyAction } from './case/DocumentsTable.tsx';
import { SecrecyPanel } from './case/SecrecyPanel.tsx';

/** Navigation state set by the register and new-case screens. */
export interface CaseFlash {
  registeredNumber?: string;
  createdNumber?: string;
}

export function CasePage() {
  const t = useT();
  const announce = useAnnounce();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { user, hasRole } = useAuth();
  const flash = (location.state ?? null) as CaseFlash | null;

  const loaded = useLoad((signal) => getCase(id, signal), [id]);
  const organs = useLoad((signal) => listOrgans(signal), []);
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [action, setAction] = useState<{ doc: CaseDocument; kind: SecrecyAction } | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const c = loaded.data;

  const announcedKey = useRef<string | null>(null);

  useEffect(() => {
    // Announce the confirmation once per navigation.
    if (announcedKey.current === location.key) return;
    announcedKey.current = location.key;
    if (flash?.registeredNumber) announce(t('register.success', { number: flash.registeredNumber }));
    else if (flash?.createdNumber) announce(t('newCase.success', { number: flash.createdNumber }));
  }, [location.key, flash, announce, t]);

  function dismissFlash() {
    navigate(location.pathname, { replace: true, state: null });
  }

  function closeAction(docId: string) {
    setAction(null);
    // The button is re-rendered (mark ↔ release), so look it up after the update.
    window.setTimeout(() => document.getElementById(actionButtonId(docId))?.focus(), 0);
  }

  function onDocumentUpdated(updated: CaseDocument) {
    if (!c) return;
    loaded.setData({ ...c, documents: c.documents.map((d) => (d.id === updated.id ? updated : d)) });
    announce(updated.secrecy ? t('secrecy.marked', { number: updated.number }) : t('secrecy.released', { number: updated.number }));
    setHistoryKey((k) => k + 1);
    closeAction(updated.id);
  }

  const notFound = loaded.error instanceof ApiError && loaded.error.code === 'not_found';
  const heading = c ? `${c.number} ${c.title}` : notFound ? t('case.notFound') : t('case.loading');
  const canAct = hasRole(...REGISTERING_ROLES);
  const defaultOrganId =
    c?.organId ?? user?.organAccess.find((a) => a.secret)?.organId ?? organs.data?.items[0]?.id ?? '';

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cases">{t('case.backToList')}</Link>
      </p>
      <PageHeading title={heading}>
        {c ? (
          <>
            <span className="case-number">{c.number}</span> {c.title}
          </>
        ) : undefined}
      </PageHeading>

      {flash?.registeredNumber && (
        <SuccessNotice onDismiss={dismissFlash}>{t('register.success', { number: flash.registeredNumber })}</SuccessNotice>
      )}
      {flash?.createdNumber && (
        <SuccessNotice onDismiss={dismissFlash}>{t('newCase.success', { number: flash.createdNumber })}</SuccessNotice>
      )}

      {notFound ? <p>{t('case.notFoundText')}</p> : <ErrorAlert error={loaded.error} />}
      {!c && loaded.loading && <Loading />}

      {c && (
        <>
          {c.publicTitle && c.publicTitle !== c.title && (
            <p className="public-title">
              <span className="label">{t('case.publicTitle')}:</span> {c.publicTitle}
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>{t('case.status')}</dt>
              <dd>
                <StatusBadge status={c.status} />
              </dd>
            </div>
            <div>
              <dt>{t('case.classification')}</dt>
              <dd>{c.classificationCode ?? '–'}</dd>
            </div>
            <div>
              <dt>{t('case.officer')}</dt>
              <dd>{c.caseOfficer?.displayName ?? t('case.noOfficer')}</dd>
            </div>
            <div>
              <dt>{t('case.organ')}</dt>
              <dd>{organs.data?.items.find((o) => o.id === c.organId)?.name ?? '–'}</dd>
            </div>
            <div>
              <dt>{t('case.openedAt')}</dt>
              <dd>{formatDate(c.openedAt)}</dd>
            </div>
            {c.closedAt && (
              <div>
                <dt>{t('case.closedAt')}</dt>
                <dd>{formatDate(c.closedAt)}</dd>
              </div>
            )}
          </dl>

          {conflict && (
            <div className="alert alert-warning" role="alert">
              <p>{t('case.conflict')}</p>
            </div>
          )}
          {saved && !editing && <SuccessNotice onDismiss={() => setSaved(false)}>{t('case.saved')}</SuccessNotice>}

          {canAct && (
            <div className="page-actions">
              <button
                type="button"
                aria-expanded={editing}
                aria-controls="case-edit"
                onClick={() => {
                  setEditing((v) => !v);
                  setConflict(false);
                  setSaved(false);
                }}
              >
                {t('case.edit')}
              </button>
              <Link to={`/register?caseId=${encodeURIComponent(c.id)}`} className="button">
                {t('case.registerDocument')}
              </Link>
            </div>
          )}
          <div id="case-edit">
            {editing && (
              <CaseEditForm
                key={c.version}
                value={c}
                onCancel={() => setEditing(false)}
                onConflict={() => {
                  setConflict(true);
                  setHistoryKey((k) => k + 1);
                  announce(t('case.conflict'), 'error');
                  void loaded.reload();
                }}
                onSaved={(updated) => {
                  loaded.setData({ ...c, ...updated });
                  setEditing(false);
                  setConflict(false);
                  setSaved(true);
                  setHistoryKey((k) => k + 1);
                  announce(t('case.saved'));
                }}
              />
            )}
          </div>

          <section aria-labelledby="documents-heading" className="section">
            <h2 id="documents-heading">{t('documents.title')}</h2>
            {c.documents.length === 0 ? (
              <p className="empty">{t('documents.none')}</p>
            ) : (
              <DocumentsTable
                documents={c.documents}
                canAct={canAct}
                onAction={(doc, kind) => setAction({ doc, kind })}
              />
            )}
            {action && (
              <SecrecyPanel
                key={`${action.doc.id}-${action.kind}`}
                doc={action.doc}
                action={action.kind}
                organs={organs.data?.items ?? []}
                defaultOrganId={action.doc.secrecy?.organId ?? defaultOrganId}
                onDone={onDocumentUpdated}
                onCancel={() => closeAction(action.doc.id)}
              />
            )}
          </section>

          <CaseReports c={c} organs={organs.data?.items ?? []} />
          <CaseHistory caseId={c.id} refreshKey={historyKey} />
        </>
      )}
    </>
  );
}
