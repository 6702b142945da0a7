// Badges for case status and secrecy marks.
import { useT } from '../i18n/i18n.tsx';
import type { CaseStatus, SecrecyMark } from '../types.ts';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

export function SecrecyBadge({ secrecy }: { secrecy: SecrecyMark }) {
  const t = useT();
  return <span className="badge badge-secret">{t('secrecy.badge', { ground: secrecy.legalGround })}</span>;
}
