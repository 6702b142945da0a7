// The risk analysis and internal control register's screens, mounted under /registers/risks/.
import { Route, Routes } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { NotFoundPage } from '../../NotFoundPage.tsx';

function RisksHome() {
  const t = useT();
  return <PageHeading title={t('registers.risks')} />;
}

export function RisksRoutes() {
  return (
    <Routes>
      <Route index element={<RisksHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
