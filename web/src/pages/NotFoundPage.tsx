// Fallback for unknown addresses inside the app.
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/i18n.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/cases">{t('notFound.back')}</Link>
      </p>
    </>
  );
}
