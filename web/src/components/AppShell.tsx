// The frame around every signed-in screen: skip link, header with user, account link and logout,
// main navigation filtered by role, the <main> landmark and a footer.
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { REGISTERING_ROLES, useAuth } from '../auth.tsx';
import { useT } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/sv.ts';
import type { Role } from '../types.ts';
import { isMemberOnly } from '../lib/meetingAccess.ts';
import { useAnnounce } from './Announcer.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Loading } from './Status.tsx';

interface NavItem {
  to: string;
  label: MessageKey;
  roles?: Role[];
  /** Left out for elected members whose only role is `member`. */
  staffOnly?: boolean;
  /** Whether the item is the current section for a pathname. */
  matches: (pathname: string) => boolean;
}

const NAV: NavItem[] = [
  {
    to: '/cases',
    label: 'nav.cases',
    staffOnly: true,
    matches: (p) => p === '/' || (p.startsWith('/cases') && !p.startsWith('/cases/new')) || p.startsWith('/reports') || p.startsWith('/motions'),
  },
  { to: '/search', label: 'nav.search', staffOnly: true, matches: (p) => p.startsWith('/search') },
  { to: '/meetings', label: 'nav.meetings', matches: (p) => p.startsWith('/meetings') },
  { to: '/register', label: 'nav.register', roles: REGISTERING_ROLES, matches: (p) => p.startsWith('/register') && !p.startsWith('/registers') },
  { to: '/cases/new', label: 'nav.newCase', roles: REGISTERING_ROLES, matches: (p) => p.startsWith('/cases/new') },
  { to: '/registers', label: 'nav.registers', staffOnly: true, matches: (p) => p.startsWith('/registers') },
  { to: '/board', label: 'nav.board', roles: ['admin', 'registrar', 'secretary', 'case_officer', 'auditor'], matches: (p) => p.startsWith('/board') },
  { to: '/admin', label: 'nav.admin', roles: ['admin'], matches: (p) => p.startsWith('/admin') },
  { to: '/audit', label: 'nav.audit', roles: ['auditor', 'admin'], matches: (p) => p.startsWith('/audit') },
  { to: '/publications', label: 'nav.publications', roles: ['registrar', 'secretary', 'admin', 'auditor'], matches: (p) => p.startsWith('/publications') },
];

export function AppShell() {
  const t = useT();
  const { user, hasRole, logout } = useAuth();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const memberOnly = isMemberOnly(user);

  async function onLogout() {
    try {
      await logout();
    } finally {
      announce(t('auth.loggedOut'));
      navigate('/login', { replace: true, state: { reason: 'logged_out' } });
    }
  }

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            {t('app.name')}
            <span className="brand-sub">{t('app.tagline')}</span>
          </Link>
          <div className="header-user">
            {user && (
              <>
                <span className="user-name">
                  {t('shell.signedInAs')} <strong>{user.displayName}</strong>
                </span>
                <Link
                  to="/account"
                  className="header-link"
                  aria-current={pathname === '/account' ? 'page' : undefined}
                >
                  {t('shell.account')}
                </Link>
              </>
            )}
            <LanguageSwitch />
            <button type="button" className="button-header" onClick={onLogout}>
              {t('shell.logout')}
            </button>
          </div>
        </div>
        <nav className="main-nav" aria-label={t('shell.mainNav')}>
          <ul>
            {NAV.filter((item) => (!item.roles || hasRole(...item.roles)) && !(item.staffOnly && memberOnly)).map((item) => {
              const current = item.matches(pathname);
              const exact = pathname === item.to;
              return (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    className={current ? 'active' : undefined}
                    aria-current={exact ? 'page' : current ? 'true' : undefined}
                  >
                    {item.to === '/meetings' && memberOnly ? t('meetings.myTitle') : t(item.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {/* Screens that load their own script (lazyPages.ts) show a loading line meanwhile, inside the frame. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </div>
  );
}
