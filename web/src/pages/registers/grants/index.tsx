// The grant rounds register's screens, mounted under /registers/grants/.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { RoundPage } from './RoundPage.tsx';
import { RoundsPage } from './RoundsPage.tsx';

export function GrantsRoutes() {
  return (
    <Routes>
      <Route index element={<RoundsPage />} />
      <Route path=":id" element={<RoundPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
