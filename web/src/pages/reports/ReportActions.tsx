// Save and finalise for a draft report. Saving sends the whole content with the version it was based on; a
// stale version (409) hands over to the page, which reloads. Finalising saves unsaved changes first.
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { finaliseReport, saveReport } from '../../reportEndpoints.ts';
import type { Report, ReportContent } from '../../reportTypes.ts';

interface Props {
  report: Report;
  content: ReportContent;
  dirty: boolean;
  onSaved: (report: Report) => void;
  onFinalised: (report: Report) => void;
  onError: (error: unknown) => void;
  onConflict: () => void;
}

const isConflict = (err: unknown) => err instanceof ApiError && err.code === 'conflict';

export function ReportActions({ report, content, dirty, onSaved, onFinalised, onError, onConflict }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const [busy, setBusy] = useState<'save' | 'finalise' | null>(null);
  const [confirming, setConfirming] = useState(false);

  function fail(err: unknown) {
    if (isConflict(err)) onConflict();
    else onError(err);
  }

  async function save(): Promise<Report | null> {
    onError(null);
    try {
      const saved = await saveReport(report.id, { version: report.version, content });
      onSaved(saved);
      announce(t('report.saved', { version: saved.version }));
      return saved;
    } catch (err) {
      fail(err);
      return null;
    }
  }

  async function onSave() {
    setBusy('save');
    await save();
    setBusy(null);
  }

  async function onFinalise() {
    setBusy('finalise');
    const base = dirty ? await save() : report;
    if (!base) {
      setBusy(null);
      setConfirming(false);
      return;
    }
    try {
      const final = await finaliseReport(report.id, base.version);
      setConfirming(false);
      announce(t('report.registeredAs', { number: final.documentNumber ?? '' }));
      onFinalised(final);
    } catch (err) {
      setConfirming(false);
      fail(err);
      returnFocus('finalise-button');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="report-actions">
      <button type="button" className="button-primary" onClick={() => busy || void onSave()} aria-disabled={busy !== null}>
        {busy === 'save' ? t('common.saving') : t('report.save')}
      </button>
      <button type="button" id="finalise-button" onClick={() => busy || setConfirming(true)} aria-disabled={busy !== null}>
        {t('report.finalise')}
      </button>
      <p className="dirty-state">
        {dirty ? t('report.unsaved') : t('report.allSaved')}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t('report.finaliseTitle')}
          description={dirty ? `${t('report.finaliseText')} ${t('report.finaliseSavesFirst')}` : t('report.finaliseText')}
          confirmLabel={t('report.finaliseConfirm')}
          busyLabel={t('report.finalising')}
          busy={busy === 'finalise'}
          onConfirm={() => void onFinalise()}
          onCancel={() => {
            setConfirming(false);
            returnFocus('finalise-button');
          }}
        />
      )}
    </div>
  );
}
