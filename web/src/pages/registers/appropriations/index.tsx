// The appropriations register's screens, mounted under /registers/appropriations/.
import { Route, Routes } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { NotFoundPage } from '../../NotFoundPage.tsx';

function AppropriationsHome() {
  const t = useT();
  return <PageHeading title={t('registers.appropriations')} />;
}

export function AppropriationsRoutes() {
  return (
    <Routes>
      <Route index element={<AppropriationsHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
