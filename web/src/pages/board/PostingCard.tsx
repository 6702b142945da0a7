// One posting for staff: kind, title, dates, status, its append-only history, and "Ta ned" — disabled (but still
// focusable, so the reason can be read) with the first allowed date until the appeal period has ended (R-APPEAL-1).
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { Posting } from './boardApi.ts';

interface Props {
  posting: Posting;
  canManage: boolean;
  onRemove: (posting: Posting) => void;
}

export function removeButtonId(id: string): string {
  return `remove-${id}`;
}

export function PostingCard({ posting: p, canManage, onRemove }: Props) {
  const { t, tMaybe } = useI18n();
  const headingId = `posting-${p.id}`;
  const notYetId = `posting-${p.id}-not-yet`;
  const facts: [string, string][] = [];
  if (p.organName) facts.push([t('board.organ'), p.organName]);
  if (p.body.meetingDate) facts.push([t('board.meetingDate'), p.body.meetingDate]);
  if (p.body.adjustedOn) facts.push([t('board.adjustedOn'), p.body.adjustedOn]);
  facts.push([t('board.postedOn'), p.postedOn]);
  if (p.lastAppealDay) facts.push([t('board.lastAppealDay'), p.lastAppealDay]);
  facts.push([t('board.removableFrom'), p.removableFrom]);
  if (p.body.keptAt) facts.push([t('board.keptAt'), p.body.keptAt]);

  return (
    <li className="board-posting">
      <article aria-labelledby={headingId}>
        <p className="board-kind">
          {t(`board.kind.${p.kind}`)}
          {p.removedOn ? (
            <span className="badge badge-closed">{t('board.statusRemoved', { date: p.removedOn })}</span>
          ) : (
            <span className="badge badge-open">{t('board.statusUp')}</span>
          )}
        </p>
        <h3 id={headingId}>{p.title}</h3>
        <dl className="board-facts">
          {facts.map(([term, value]) => (
            <div key={term} className={term === t('board.lastAppealDay') ? 'board-deadline' : undefined}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <details className="board-history">
          <summary>{t('board.history', { count: p.events.length })}</summary>
          <ol>
            {p.events.map((e) => (
              <li key={`${e.kind}-${e.at}`}>
                <span className="nowrap">{formatDateTime(e.at)}</span> {tMaybe(`board.event.${e.kind}`, e.kind)}
                {e.actor && <> {t('board.eventBy', { actor: e.actor })}</>}
                {e.details.reason && <span className="muted"> – {e.details.reason}</span>}
              </li>
            ))}
          </ol>
        </details>
        {canManage && !p.removedOn && (
          <div className="actions board-actions">
            <button
              type="button"
              id={removeButtonId(p.id)}
              aria-disabled={p.removable ? undefined : true}
              aria-describedby={p.removable ? undefined : notYetId}
              onClick={() => p.removable && onRemove(p)}
            >
              {t('board.remove')}
            </button>
            {!p.removable && (
              <span id={notYetId} className="hint">
                {t(p.lastAppealDay ? 'board.removeNotYet' : 'board.removeNotYetMeeting', { date: p.removableFrom })}
              </span>
            )}
          </div>
        )}
      </article>
    </li>
  );
}
