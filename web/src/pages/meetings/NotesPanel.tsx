// A member's notes on a book document: "Mina anteckningar" with save and "Dela med min partigrupp", and the notes
// that party colleagues have shared, read-only with their authors. Emptying the text deletes the note.
import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert, FormErrors } from '../../components/Errors.tsx';
import { CheckboxField, TextArea } from '../../components/fields.tsx';
import { Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { withFieldPrefix } from '../../lib/validate.ts';
import { listNotes, saveNote } from '../../meetingEndpoints.ts';
import type { MemberNote } from '../../meetingTypes.ts';

export function NotesPanel({ documentId, number }: { documentId: string; number: string }) {
  const t = useT();
  const announce = useAnnounce();
  const notes = useLoad((signal) => listNotes(documentId, signal), [documentId]);
  const mine = notes.data?.items.find((n) => n.mine);
  const shared = notes.data?.items.filter((n) => !n.mine) ?? [];
  const [text, setText] = useState('');
  const [share, setShare] = useState(false);
  const [status, setStatus] = useState('');
  const prefix = `note-${documentId}`;

  useEffect(() => {
    setText(mine?.text ?? '');
    setShare(mine?.sharedWithParty ?? false);
  }, [mine]);

  const submit = useSubmit(async () => {
    const answer = await saveNote(documentId, { text: text.trim(), sharedWithParty: share });
    notes.setData(answer);
    const message = text.trim() ? t('notes.saved', { number }) : t('notes.deleted', { number });
    setStatus(message);
    announce(message);
  });
  const error = withFieldPrefix(submit.error, prefix);
  const errors = fieldErrors(error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    void submit.run();
  }

  return (
    <section className="notes-panel" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>
        {t('notes.title')} <span className="visually-hidden">{number}</span>
      </h4>
      {notes.loading && !notes.data && <Loading />}
      <ErrorAlert error={notes.error} />
      <form onSubmit={onSubmit} noValidate>
        <FormErrors error={error} labels={{ [`${prefix}.text`]: t('notes.mine') }} />
        <TextArea
          name={`${prefix}.text`}
          label={t('notes.mine')}
          hint={t('notes.hint')}
          value={text}
          onValue={(v) => {
            setText(v);
            setStatus('');
          }}
          error={errors[`${prefix}.text`]}
          rows={5}
        />
        <CheckboxField
          name={`${prefix}.sharedWithParty`}
          label={t('notes.share')}
          hint={t('notes.shareHint')}
          checked={share}
          onChecked={(v) => {
            setShare(v);
            setStatus('');
          }}
        />
        <div className="actions notes-actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {submit.busy ? t('common.saving') : t('notes.save')}
          </button>
          {status && <p className="note-status">{status}</p>}
          {!status && mine && <p className="note-status muted">{t('notes.savedAt', { at: formatDateTime(mine.updatedAt) })}</p>}
        </div>
      </form>
      {shared.length > 0 && <SharedNotes notes={shared} />}
    </section>
  );
}

function SharedNotes({ notes }: { notes: MemberNote[] }) {
  const t = useT();
  return (
    <div className="shared-notes">
      <h5>{t('notes.sharedTitle')}</h5>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <p className="note-author">
              {n.author} <span className="muted">{formatDateTime(n.updatedAt)}</span>
            </p>
            <p className="pre-line">{n.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
