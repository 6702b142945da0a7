// The meeting's state line: not opened / in progress since / closed, and the discreet "Sparat hh:mm:ss".
import type { Conduct } from '../../conductTypes.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';

const time = (d: Date) => d.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

export function ConductStatus({ view, savedAt, busy }: { view: Conduct; savedAt: Date | null; busy: boolean }) {
  const t = useT();
  const c = view.conduct;
  const state = !c ? t('conduct.state.notOpened') : c.closedAt ? t('conduct.state.closed', { at: formatDateTime(c.closedAt) }) : t('conduct.state.open', { at: formatDateTime(c.openedAt) });
  return (
    <div className="conduct-status">
      <p className={`conduct-state${c && !c.closedAt ? ' is-open' : ''}`}>
        <strong>{state}</strong>
        <span className="muted"> · {view.meeting.place}, {view.meeting.startTime}</span>
      </p>
      <p className="conduct-saved">
        {busy ? t('conduct.saving') : savedAt ? t('conduct.saved', { time: time(savedAt) }) : c ? t('conduct.savedAll') : ''}
      </p>
    </div>
  );
}
