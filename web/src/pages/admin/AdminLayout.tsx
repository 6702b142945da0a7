// Administration: sub-navigation between the reference-data sections and staff users.
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { Loading } from '../../components/Status.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

const SECTIONS: { to: string; label: MessageKey }[] = [
  { to: 'organs', label: 'admin.organs' },
  { to: 'parties', label: 'admin.parties' },
  { to: 'people', label: 'admin.people' },
  { to: 'memberships', label: 'admin.memberships' },
  { to: 'users', label: 'admin.users' },
];

export function AdminLayout() {
  const t = useT();
  return (
    <div className="admin">
      <p className="eyebrow">{t('nav.admin')}</p>
      <nav className="sub-nav" aria-label={t('admin.sectionsNav')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to}>{t(s.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </div>
  );
}
