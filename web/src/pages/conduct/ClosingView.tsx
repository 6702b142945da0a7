// Closing the meeting (R-MEET-7): after the closing time no dissent can be announced. Lists the items not yet
// decided first, then asks to confirm.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { closeMeeting } from '../../conductEndpoints.ts';
import type { Conduct } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { handledItems } from './people.ts';
import type { ConductActions } from './useConduct.ts';

interface Props {
  view: Conduct;
  actions: ConductActions;
  manage: boolean;
  onShowItem: (itemId: string) => void;
}

export function ClosingView({ view, actions, manage, onShowItem }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const closedAt = view.conduct?.closedAt;
  const undecided = handledItems(view).filter((i) => !i.decision);
  const failure = actions.failure?.scope === 'close' ? actions.failure : null;

  async function close() {
    const ok = await actions.run('close', (version) => closeMeeting(view.meeting.id, version), () => t('conduct.closedDone'), ['closing-heading']);
    setConfirming(false);
    if (!ok) window.setTimeout(() => document.getElementById('close-meeting')?.focus(), 0);
  }

  return (
    <section className="section conduct-closing" aria-labelledby="closing-heading">
      <h2 id="closing-heading" tabIndex={-1}>
        {t('conduct.closingHeading')}
      </h2>
      {closedAt ? (
        <>
          <p>
            <strong>{t('conduct.closedAt', { at: formatDateTime(closedAt) })}</strong>
          </p>
          <p>{t('conduct.closedText')}</p>
          <p>
            <Link to={`/meetings/${view.meeting.id}/minutes`} className="button">
              {t('conduct.toMinutes')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="help">{t('conduct.closingHelp')}</p>
          {undecided.length > 0 ? (
            <div className="alert alert-warning">
              <p>{t('conduct.undecided', { count: undecided.length })}</p>
              <ul>
                {undecided.map((i) => (
                  <li key={i.id}>
                    <a
                      href={`?view=items&item=${i.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onShowItem(i.id);
                      }}
                    >
                      § {i.paragraphLabel} {i.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>{t('conduct.allDecided')}</p>
          )}
          {failure && <ErrorAlert key={failure.key} error={failure.error} />}
          {manage && (
            <button type="button" id="close-meeting" className="button-primary" onClick={() => setConfirming(true)} disabled={actions.busy}>
              {t('conduct.close')}
            </button>
          )}
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('conduct.closeConfirmTitle')}
          description={t('conduct.closeConfirmText')}
          confirmLabel={t('conduct.close')}
          busy={actions.busy}
          onConfirm={() => void close()}
          onCancel={() => {
            setConfirming(false);
            window.setTimeout(() => document.getElementById('close-meeting')?.focus(), 0);
          }}
        />
      )}
    </section>
  );
}
