// A meeting and its agenda builder: facts, notice deadlines and warnings, the agenda by section with edit, move
// (buttons and section choice, all by keyboard), remove or strike, adding items, the notice, and the books.
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useReturnFocus } from '../components/Dialog.tsx';
import { ErrorAlert } from '../components/Errors.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Loading } from '../components/Status.tsx';
import { useT } from '../i18n/i18n.tsx';
import { agendaEditable, canManageMeeting, isMemberOnly } from '../lib/meetingAccess.ts';
import { useLoad } from '../lib/useLoad.ts';
import { getMeeting, moveAgendaItem, removeAgendaItem } from '../meetingEndpoints.ts';
import type { AgendaItem, AgendaSection } from '../meetingTypes.ts';
import { AddItemPanel } from './meetings/AddItemPanel.tsx';
import { itemControlId } from './meetings/AgendaItemCard.tsx';
import { AgendaSectionList } from './meetings/AgendaSectionList.tsx';
import { BookLinks } from './meetings/BookLinks.tsx';
import { EditItemDialog } from './meetings/EditItemDialog.tsx';
import { MeetingFacts } from './meetings/MeetingFacts.tsx';
import { NoticeControl } from './meetings/NoticeControl.tsx';
import { NoticeStatus } from './meetings/NoticeStatus.tsx';
import { useAgendaActions } from './meetings/useAgendaActions.ts';

export function MeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const loaded = useLoad((signal) => getMeeting(id, signal), [id]);
  const actions = useAgendaActions(loaded);
  const returnFocus = useReturnFocus();
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const meeting = loaded.data;

  if (isMemberOnly(user)) return <Navigate to={`/meetings/${id}/read`} replace />;

  const notFound = loaded.error instanceof ApiError && loaded.error.code === 'not_found';
  const title = meeting
    ? t('meeting.heading', { organ: meeting.organCode, date: meeting.date })
    : notFound
      ? t('meeting.notFound')
      : t('meeting.loading');
  const manage = !!meeting && canManageMeeting(user, meeting.organId);
  const editable = manage && !!meeting && agendaEditable(meeting.state);
  /** After the notice an item is struck ("utgår") and keeps its number; before it, it is removed. */
  const strikes = (item: AgendaItem) => item.paragraphFixed || meeting?.state !== 'planned';

  async function move(item: AgendaItem, position: number, section: AgendaSection) {
    if (actions.busy) return;
    const sameSection = section.id === item.sectionId;
    const done = await actions.run(
      () => moveAgendaItem(item.id, sameSection ? { position } : { sectionId: section.id, position }),
      (m) => {
        const target = m.sections.find((s) => s.id === section.id);
        const place = (target?.items.findIndex((i) => i.id === item.id) ?? 0) + 1;
        return t('item.moved', { title: item.title, place, count: target?.items.length ?? 0, section: section.heading });
      },
      item.id,
    );
    const wentUp = sameSection && position < item.position;
    const first = sameSection ? itemControlId(wentUp ? 'up' : 'down', item.id) : `f-${itemControlId('section', item.id)}`;
    if (done || !sameSection) returnFocus(first, itemControlId(wentUp ? 'down' : 'up', item.id), itemControlId('edit', item.id));
  }

  async function remove(item: AgendaItem) {
    const done = await actions.run(
      () => removeAgendaItem(item.id),
      (m) => {
        const still = m.sections.some((s) => s.items.some((i) => i.id === item.id));
        return still ? t('item.struck', { title: item.title }) : t('item.removed', { title: item.title });
      },
      item.id,
    );
    setRemoving(null);
    if (done) returnFocus('agenda-heading');
    else returnFocus(itemControlId('remove', item.id));
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/meetings">{t('meeting.backToList')}</Link>
      </p>
      <PageHeading title={title}>
        {meeting ? (
          <>
            <span className="case-number">{t('meeting.eyebrow')}</span> {meeting.organName} {meeting.date}
          </>
        ) : undefined}
      </PageHeading>
      {notFound ? <p>{t('meeting.notFoundText')}</p> : <ErrorAlert error={loaded.error} />}
      {!meeting && loaded.loading && <Loading />}

      {meeting && (
        <>
          <MeetingFacts meeting={meeting} />
          <NoticeStatus meeting={meeting} />
          <NoticeControl meeting={meeting} canSend={manage} onSent={() => void loaded.reload()}>
            <Link to={`/meetings/${meeting.id}/read`} className="button">
              {t('meeting.readView')}
            </Link>
            {manage && meeting.noticeSentAt && meeting.state !== 'cancelled' && (
              <Link to={`/meetings/${meeting.id}/conduct`} className={`button${meeting.state === 'called' ? ' button-primary' : ''}`}>
                {meeting.state === 'called' ? t('conduct.linkStart') : t('conduct.link')}
              </Link>
            )}
            {(meeting.state === 'held' || meeting.state === 'adjusted') && (
              <Link to={`/meetings/${meeting.id}/minutes`} className="button">
                {t('minutes.link')}
              </Link>
            )}
          </NoticeControl>
          <BookLinks meetingId={meeting.id} />

          <section className="section" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading" tabIndex={-1}>
              {t('agenda.title')}
            </h2>
            {editable && <p className="help">{meeting.noticeSentAt ? t('agenda.helpAfterNotice') : t('agenda.help')}</p>}
            {actions.failure && actions.failure.scope === null && <ErrorAlert key={actions.failure.key} error={actions.failure.error} />}
            <AgendaSectionList
              meeting={meeting}
              editable={editable}
              failure={actions.failure}
              onEdit={(item) => {
                actions.clearFailure();
                setEditing(item);
              }}
              onMove={(item, position, section) => void move(item, position, section)}
              onRemove={(item) => {
                actions.clearFailure();
                setRemoving(item);
              }}
            />
          </section>

          {editable && <AddItemPanel meeting={meeting} actions={actions} />}
        </>
      )}

      {editing && meeting && (
        <EditItemDialog
          item={editing}
          actions={actions}
          onClose={() => {
            const itemId = editing.id;
            setEditing(null);
            returnFocus(itemControlId('edit', itemId), 'agenda-heading');
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t(strikes(removing) ? 'item.strikeTitle' : 'item.removeTitle', { paragraph: removing.paragraphLabel })}
          description={t(strikes(removing) ? 'item.strikeText' : 'item.removeText', { title: removing.title })}
          confirmLabel={strikes(removing) ? t('item.strike') : t('item.remove')}
          busy={actions.busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => {
            const itemId = removing.id;
            setRemoving(null);
            returnFocus(itemControlId('remove', itemId));
          }}
        />
      )}
    </>
  );
}
