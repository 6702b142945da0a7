// The minutes' facts: state, version, checksum, the R-JUST-1 deadline with its warning, who has signed and who
// still has to, the registered document and the notice-board posting.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { MinutesView } from './minutesApi.ts';

const WARN = { ok: '', soon: 'alert-warning', overdue: 'alert-error', adjusted: 'alert-success', adjusted_late: 'alert-warning' } as const;

export function DeadlineNotice({ minutes }: { minutes: MinutesView }) {
  return (
    <p className={`alert ${WARN[minutes.deadline.level]}`} role={minutes.deadline.level === 'overdue' ? 'alert' : undefined}>
      {minutes.deadline.message}
    </p>
  );
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'facts-wide' : undefined}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function MinutesStatus({ minutes }: { minutes: MinutesView }) {
  const t = useT();
  const p = minutes.posting;
  return (
    <dl className="facts">
      <Fact label={t('minutes.status')}>{t(`minutes.state.${minutes.state}`)}</Fact>
      {minutes.version > 0 && <Fact label={t('minutes.version')}>{minutes.version}</Fact>}
      <Fact label={t('minutes.deadline')}>{minutes.deadline.deadline}</Fact>
      {minutes.document && <Fact label={t('minutes.document')}>{minutes.document.number}</Fact>}
      {p && <Fact label={t('minutes.posting')} wide>{t('minutes.postingLine', { posted: p.postedOn, last: p.lastAppealDay ?? '–', removable: p.removableFrom })}</Fact>}
      {minutes.state === 'adjusted' && (
        <Fact label={t('minutes.publication')} wide>
          {minutes.publication.published
            ? minutes.publication.until ? t('minutes.publishedUntil', { until: minutes.publication.until }) : t('minutes.publishedNoEnd')
            : t('minutes.notPublished')}
        </Fact>
      )}
      {minutes.sha256 && <Fact label={t('minutes.checksum')} wide><code style={{ overflowWrap: 'anywhere' }}>{minutes.sha256}</code></Fact>}
    </dl>
  );
}

export function SignerList({ minutes }: { minutes: MinutesView }) {
  const t = useT();
  return (
    <section aria-labelledby="signers-heading">
      <h2 id="signers-heading">{t('minutes.signers')}</h2>
      <ul>
        {minutes.signers.map((s) => (
          <li key={s.personId}>
            {s.name} <span className="muted">({t(`minutes.role.${s.role}`)})</span> —{' '}
            {s.signedAt ? t('minutes.signedAt', { at: s.signedAt.slice(0, 16).replace('T', ' ') }) : t('minutes.notSigned')}
          </li>
        ))}
      </ul>
      {minutes.state === 'signing' && minutes.pending.length > 0 && <p>{t('minutes.pending', { names: minutes.pending.join(', ') })}</p>}
      <h3>{t('minutes.history')}</h3>
      {minutes.history.length === 0 ? (
        <p className="muted">{t('minutes.noHistory')}</p>
      ) : (
        <ul>
          {minutes.history.map((h, i) => (
            <li key={i}>
              {h.at.slice(0, 16).replace('T', ' ')} {h.name} {t(`minutes.decision.${h.decision}`, { version: h.version })}
              {h.comment && <blockquote>{h.comment}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
