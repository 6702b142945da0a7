// Badges for case status, secrecy marks, meeting states and agenda items.
import { useT } from '../i18n/i18n.tsx';
import type { MeetingState } from '../meetingTypes.ts';
import type { CaseStatus, SecrecyMark } from '../types.ts';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

export function SecrecyBadge({ secrecy }: { secrecy: Pick<SecrecyMark, 'legalGround'> }) {
  const t = useT();
  return <span className="badge badge-secret">{t('secrecy.badge', { ground: secrecy.legalGround })}</span>;
}

export function MeetingStateBadge({ state }: { state: MeetingState }) {
  const t = useT();
  return <span className={`badge badge-meeting-${state}`}>{t(`meetingState.${state}`)}</span>;
}

/** Whether an agenda item is handled in public (offentlig) or behind closed doors. */
export function PublicBadge({ isPublic }: { isPublic: boolean }) {
  const t = useT();
  return (
    <span className={`badge ${isPublic ? 'badge-public' : 'badge-closed-item'}`}>
      {isPublic ? t('item.public') : t('item.closed')}
    </span>
  );
}
