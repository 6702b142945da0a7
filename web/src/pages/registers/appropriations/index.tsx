// The appropriations register's screens, mounted under /registers/appropriations/.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { AppropriationPage } from './AppropriationPage.tsx';
import { AppropriationsPage } from './AppropriationsPage.tsx';

export function AppropriationsRoutes() {
  return (
    <Routes>
      <Route index element={<AppropriationsPage />} />
      <Route path=":id" element={<AppropriationPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
