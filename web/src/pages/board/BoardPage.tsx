// Anslagstavla for staff: every posting with its dates and history, filtered by state; registrars, secretaries
// and admins post delegated decisions (R-DEL-1) and take postings down once the appeal period is over (R-APPEAL-1).
import { useState } from 'react';
import { useAuth } from '../../auth.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useReturnFocus } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { listPostings, removePosting, type Posting, type PostingState } from './boardApi.ts';
import { DelegatedDecisionDialog } from './DelegatedDecisionDialog.tsx';
import { PostingCard, removeButtonId } from './PostingCard.tsx';
import './board.css';

const NEW_BUTTON_ID = 'new-delegated-decision';
const STATES: PostingState[] = ['current', 'removed', 'all'];

export function BoardPage() {
  const t = useT();
  const announce = useAnnounce();
  const returnFocus = useReturnFocus();
  const { hasRole } = useAuth();
  const canManage = hasRole('admin', 'registrar', 'secretary');
  const [state, setState] = useState<PostingState>('current');
  const postings = useLoad((signal) => listPostings(state, signal), [state]);
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<Posting | null>(null);
  const [reason, setReason] = useState('');
  const remove = useSubmit(async (posting: Posting) => {
    await removePosting(posting.id, reason.trim() || undefined);
  });
  const items = postings.data?.items ?? [];

  async function confirmRemove() {
    if (!removing) return;
    if (await remove.run(removing)) {
      const id = removing.id;
      setRemoving(null);
      setReason('');
      announce(t('board.removed'));
      await postings.reload();
      returnFocus(removeButtonId(id), NEW_BUTTON_ID);
    }
  }

  return (
    <>
      <div className="page-title-row">
        <PageHeading title={t('board.title')} />
        <div className="page-actions">
          <a className="button" href="/anslagstavla" target="_blank" rel="noopener">
            {t('board.publicLink')}
          </a>
          {canManage && (
            <button type="button" id={NEW_BUTTON_ID} className="button-primary" onClick={() => setCreating(true)}>
              {t('board.newDelegated')}
            </button>
          )}
        </div>
      </div>
      <p className="lead">{t('board.intro')}</p>

      <fieldset className="board-filter">
        <legend>{t('board.filterLabel')}</legend>
        {STATES.map((s) => (
          <label key={s}>
            <input type="radio" name="board-state" value={s} checked={state === s} onChange={() => setState(s)} />
            {t(`board.state.${s}`)}
          </label>
        ))}
      </fieldset>

      <ErrorAlert error={postings.error} />
      {postings.loading && !postings.data && <Loading />}
      {postings.data && (
        <>
          <p className="muted" aria-live="polite">
            {t('board.count', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p className="empty">{t('board.none')}</p>
          ) : (
            <ul className="board-list">
              {items.map((p) => (
                <PostingCard key={p.id} posting={p} canManage={canManage} onRemove={setRemoving} />
              ))}
            </ul>
          )}
        </>
      )}

      {creating && (
        <DelegatedDecisionDialog
          onClose={() => {
            setCreating(false);
            returnFocus(NEW_BUTTON_ID);
          }}
          onPosted={(posting) => {
            setCreating(false);
            announce(t('board.posted', { date: posting.lastAppealDay ?? '' }));
            void postings.reload();
            returnFocus(NEW_BUTTON_ID);
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('board.removeTitle')}
          description={t('board.removeText', { title: removing.title })}
          confirmLabel={t('board.remove')}
          busyLabel={t('board.removing')}
          busy={remove.busy}
          error={remove.error}
          onConfirm={() => void confirmRemove()}
          onCancel={() => {
            const id = removing.id;
            setRemoving(null);
            remove.setError(null);
            returnFocus(removeButtonId(id));
          }}
        >
          <TextField name="reason" label={t('board.removeReason')} value={reason} onValue={setReason} maxLength={500} />
        </ConfirmDialog>
      )}
    </>
  );
}
