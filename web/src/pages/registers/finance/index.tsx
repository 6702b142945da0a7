// The financial follow-up register's screens, mounted under /registers/finance/.
import { Route, Routes } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/i18n.tsx';
import { NotFoundPage } from '../../NotFoundPage.tsx';

function FinanceHome() {
  const t = useT();
  return <PageHeading title={t('registers.finance')} />;
}

export function FinanceRoutes() {
  return (
    <Routes>
      <Route index element={<FinanceHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
