// Route guards: send anonymous visitors to the login page and hide screens from users without the role.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth.tsx';
import { useT } from '../i18n/i18n.tsx';
import type { Role } from '../types.ts';
import { PageHeading } from './PageHeading.tsx';
import { Loading } from './Status.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <main className="page-loading">
        <Loading />
      </main>
    );
  }
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search, reason: state.reason }} />;
  }
  return <>{children}</>;
}

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { hasRole } = useAuth();
  const t = useT();
  if (hasRole(...roles)) return <>{children}</>;
  return (
    <>
      <PageHeading title={t('forbidden.title')} />
      <p>{t('forbidden.text')}</p>
    </>
  );
}
