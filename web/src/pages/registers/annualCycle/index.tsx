// The annual cycle register's screens, mounted under /registers/annual-cycle/.
import { Route, Routes } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { NotFoundPage } from '../../NotFoundPage.tsx';

function AnnualCycleHome() {
  const t = useT();
  return <PageHeading title={t('registers.annualCycle')} />;
}

export function AnnualCycleRoutes() {
  return (
    <Routes>
      <Route index element={<AnnualCycleHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
