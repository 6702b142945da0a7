// The page's <h1>: sets document.title and receives focus after client-side navigation.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useT } from '../i18n/i18n.tsx';

let firstPage = true;

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    // On the first page load the browser's own focus handling is kept (skip link first).
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
