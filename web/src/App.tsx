// Routes of the staff app (mounted under /app/): login outside the shell, everything else inside.
import { Navigate, Route, Routes } from 'react-router-dom';
import { REGISTERING_ROLES, useAuth } from './auth.tsx';
import { AppShell } from './components/AppShell.tsx';
import { RequireAuth, RequireRole } from './components/guards.tsx';
import { CaseListPage } from './pages/CaseListPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { isMemberOnly } from './lib/meetingAccess.ts';
import {
  AccountPage, AdminLayout, AnnualCycleRoutes, AppropriationsRoutes, AuditPage, BoardPage, ConductPage, FinanceRoutes, GrantsRoutes,
  MeetingReadPage, MembershipsAdmin, MinutesPage, MotionsPage, OrgansAdmin, PartiesAdmin, PeopleAdmin, PublicationsPage, RegistersPage, ReportPage, RisksRoutes,
  SchedulePage, SignMinutesPage, UsersAdmin,
} from './lazyPages.ts';
import { LoginPage } from './pages/LoginPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { MeetingsPage } from './pages/MeetingsPage.tsx';
import { NewCasePage } from './pages/NewCasePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RegisterDocumentPage } from './pages/RegisterDocumentPage.tsx';

/** The start page: "Mina sammanträden" for elected members, the case list for staff. */
function Home() {
  const { user } = useAuth();
  return <Navigate to={isMemberOnly(user) ? '/meetings' : '/cases'} replace />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route path="cases" element={<CaseListPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route
          path="cases/new"
          element={
            <RequireRole roles={REGISTERING_ROLES}>
              <NewCasePage />
            </RequireRole>
          }
        />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route path="schedules" element={<SchedulePage />} />
        <Route path="motions" element={<MotionsPage />} />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="meetings/:id/read" element={<MeetingReadPage />} />
        <Route path="meetings/:id/conduct" element={<ConductPage />} />
        <Route path="meetings/:id/minutes" element={<MinutesPage />} />
        <Route path="meetings/:id/minutes/sign" element={<SignMinutesPage />} />
        <Route path="reports/:id" element={<ReportPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="registers" element={<RegistersPage />} />
        <Route path="registers/appropriations/*" element={<AppropriationsRoutes />} />
        <Route path="registers/grants/*" element={<GrantsRoutes />} />
        <Route path="registers/risks/*" element={<RisksRoutes />} />
        <Route path="registers/finance/*" element={<FinanceRoutes />} />
        <Route path="registers/annual-cycle/*" element={<AnnualCycleRoutes />} />
        <Route
          path="board"
          element={
            <RequireRole roles={['admin', 'registrar', 'secretary', 'case_officer', 'auditor']}>
              <BoardPage />
            </RequireRole>
          }
        />
        <Route
          path="register"
          element={
            <RequireRole roles={REGISTERING_ROLES}>
              <RegisterDocumentPage />
            </RequireRole>
          }
        />
        <Route
          path="admin"
          element={
            <RequireRole roles={['admin']}>
              <AdminLayout />
            </RequireRole>
          }
        >
          <Route index element={<Navigate to="organs" replace />} />
          <Route path="organs" element={<OrgansAdmin />} />
          <Route path="parties" element={<PartiesAdmin />} />
          <Route path="people" element={<PeopleAdmin />} />
          <Route path="memberships" element={<MembershipsAdmin />} />
          <Route path="users" element={<UsersAdmin />} />
        </Route>
        <Route
          path="audit"
          element={
            <RequireRole roles={['auditor', 'admin']}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route
          path="publications"
          element={
            <RequireRole roles={['registrar', 'secretary', 'admin', 'auditor']}>
              <PublicationsPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
