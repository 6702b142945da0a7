// The financial follow-up register's screens, mounted under /registers/finance/.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { FollowUpList } from './FollowUpList.tsx';
import { FollowUpPage } from './FollowUpPage.tsx';

export function FinanceRoutes() {
  return (
    <Routes>
      <Route index element={<FollowUpList />} />
      <Route path=":id" element={<FollowUpPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
