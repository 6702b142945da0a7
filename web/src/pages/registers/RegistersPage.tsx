// "Register": the registers the official reports and the meeting book draw on, one card per register.
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

const REGISTERS: { to: string; key: string }[] = [
  { to: '/registers/appropriations', key: 'appropriations' },
  { to: '/registers/grants', key: 'grants' },
  { to: '/registers/risks', key: 'risks' },
  { to: '/registers/finance', key: 'finance' },
  { to: '/registers/annual-cycle', key: 'annualCycle' },
];

export function RegistersPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('registers.title')} />
      <p className="lead">{t('registers.intro')}</p>
      <ul className="register-cards">
        {REGISTERS.map((r) => (
          <li key={r.key}>
            <Link to={r.to}>{t(`registers.${r.key}` as MessageKey)}</Link>
            <p>{t(`registers.${r.key}.about` as MessageKey)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
