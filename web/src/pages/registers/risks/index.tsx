// The risk analysis and internal control register's screens, mounted under /registers/risks/.
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { RiskAnalysesPage } from './RiskAnalysesPage.tsx';
import { RiskAnalysisPage } from './RiskAnalysisPage.tsx';

export function RisksRoutes() {
  return (
    <Routes>
      <Route index element={<RiskAnalysesPage />} />
      <Route path=":id" element={<RiskAnalysisPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
