// The annual cycle register's screens, mounted under /registers/annual-cycle/: the year view, and the form for
// a new or changed deadline.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { CalendarPage } from './CalendarPage.tsx';
import { DeadlineForm } from './DeadlineForm.tsx';

export function AnnualCycleRoutes() {
  return (
    <Routes>
      <Route index element={<CalendarPage />} />
      <Route path="new" element={<DeadlineForm />} />
      <Route path=":id" element={<DeadlineForm />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
