// The grant rounds register's screens, mounted under /registers/grants/.
import { Route, Routes } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { NotFoundPage } from '../../NotFoundPage.tsx';

function GrantsHome() {
  const t = useT();
  return <PageHeading title={t('registers.grants')} />;
}

export function GrantsRoutes() {
  return (
    <Routes>
      <Route index element={<GrantsHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
