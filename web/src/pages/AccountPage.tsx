// "Mitt konto": the signed-in user's name, username, roles and organ access, and two-step verification.
import { useAuth } from '../auth.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { listOrgans } from '../endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { sortBy } from '../lib/format.ts';
import { useLoad } from '../lib/useLoad.ts';
import { TotpSetup } from './account/TotpSetup.tsx';

export function AccountPage() {
  const t = useT();
  const { user } = useAuth();
  const organs = useLoad((signal) => listOrgans(signal), []);
  if (!user) return null;

  const organOf = (id: string) => organs.data?.items.find((o) => o.id === id);
  const access = sortBy(
    user.organAccess.map((a) => ({ ...a, organ: organOf(a.organId) })),
    (a) => a.organ?.code ?? a.organId,
  );

  return (
    <>
      <PageHeading title={t('account.title')} />
      <section aria-labelledby="account-details-heading" className="account-section">
        <h2 id="account-details-heading">{t('account.details')}</h2>
        <dl className="summary-list">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.username')}</dt>
            <dd>{user.username}</dd>
          </div>
          {user.email && (
            <div>
              <dt>{t('account.email')}</dt>
              <dd>{user.email}</dd>
            </div>
          )}
          <div>
            <dt>{t('account.roles')}</dt>
            <dd>{user.roles.length ? user.roles.map((r) => t(`role.${r}`)).join(', ') : t('account.noRoles')}</dd>
          </div>
          <div>
            <dt>{t('account.organAccess')}</dt>
            <dd>
              {access.length === 0 ? (
                t('account.noOrganAccess')
              ) : (
                <ul className="access-list">
                  {access.map((a) => (
                    <li key={a.organId}>
                      <span className="access-code">{a.organ?.code ?? '…'}</span>{' '}
                      <span>
                        {a.organ?.name ?? ''}
                        {a.secret && <span className="tag">{t('account.secret')}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {access.some((a) => a.secret) && <p className="hint">{t('account.secretHint')}</p>}
            </dd>
          </div>
          <div>
            <dt>{t('account.protectedDataAccess')}</dt>
            <dd>{user.protectedDataAccess ? t('account.protectedYes') : t('account.protectedNo')}</dd>
          </div>
        </dl>
        <p className="help">{t('account.changeHint')}</p>
      </section>

      <section aria-labelledby="totp-heading" className="account-section">
        <h2 id="totp-heading">{t('totp.title')}</h2>
        <TotpSetup />
      </section>
    </>
  );
}
