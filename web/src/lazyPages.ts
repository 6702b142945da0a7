// Screens loaded when first opened, each in its own script: the meeting conduct, minutes, official reports,
// the registers, administration and the rest that a given user opens seldom or never. The case list, a case,
// the meetings, search and registration are in the main script, so the first screen after login needs no wait.
// AppShell shows a loading line (Suspense) while a screen's script arrives.
import { lazy, type ComponentType } from 'react';

const RELOADED = 'namnd.reloadedForScript';

/**
 * A named export of a module as a lazily loaded component. After a new release the old script names are gone:
 * a screen whose script cannot be loaded reloads the page once (the new page names the new scripts); if it
 * still fails, the error stands.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    try {
      const module = await load();
      sessionStorage.removeItem(RELOADED);
      return { default: module[name] };
    } catch (error) {
      if (sessionStorage.getItem(RELOADED) === location.pathname) throw error;
      sessionStorage.setItem(RELOADED, location.pathname);
      location.reload();
      return new Promise<never>(() => undefined);
    }
  });
}

export const ConductPage = screen(() => import('./pages/conduct/ConductPage.tsx'), 'ConductPage');
export const MinutesPage = screen(() => import('./pages/minutes/MinutesPage.tsx'), 'MinutesPage');
export const SignMinutesPage = screen(() => import('./pages/minutes/SignMinutesPage.tsx'), 'SignMinutesPage');
export const MeetingReadPage = screen(() => import('./pages/MeetingReadPage.tsx'), 'MeetingReadPage');
export const ReportPage = screen(() => import('./pages/ReportPage.tsx'), 'ReportPage');
export const AccountPage = screen(() => import('./pages/AccountPage.tsx'), 'AccountPage');
export const SchedulePage = screen(() => import('./pages/schedules/SchedulePage.tsx'), 'SchedulePage');
export const MotionsPage = screen(() => import('./pages/motions/MotionsPage.tsx'), 'MotionsPage');
export const BoardPage = screen(() => import('./pages/board/BoardPage.tsx'), 'BoardPage');
export const AuditPage = screen(() => import('./pages/AuditPage.tsx'), 'AuditPage');
export const PublicationsPage = screen(() => import('./pages/publication/PublicationsPage.tsx'), 'PublicationsPage');
export const RegistersPage = screen(() => import('./pages/registers/RegistersPage.tsx'), 'RegistersPage');
export const AppropriationsRoutes = screen(() => import('./pages/registers/appropriations/index.tsx'), 'AppropriationsRoutes');
export const GrantsRoutes = screen(() => import('./pages/registers/grants/index.tsx'), 'GrantsRoutes');
export const RisksRoutes = screen(() => import('./pages/registers/risks/index.tsx'), 'RisksRoutes');
export const FinanceRoutes = screen(() => import('./pages/registers/finance/index.tsx'), 'FinanceRoutes');
export const AnnualCycleRoutes = screen(() => import('./pages/registers/annualCycle/index.tsx'), 'AnnualCycleRoutes');
export const AdminLayout = screen(() => import('./pages/admin/AdminLayout.tsx'), 'AdminLayout');
export const OrgansAdmin = screen(() => import('./pages/admin/OrgansAdmin.tsx'), 'OrgansAdmin');
export const PartiesAdmin = screen(() => import('./pages/admin/PartiesAdmin.tsx'), 'PartiesAdmin');
export const PeopleAdmin = screen(() => import('./pages/admin/PeopleAdmin.tsx'), 'PeopleAdmin');
export const MembershipsAdmin = screen(() => import('./pages/admin/MembershipsAdmin.tsx'), 'MembershipsAdmin');
export const UsersAdmin = screen(() => import('./pages/admin/UsersAdmin.tsx'), 'UsersAdmin');
