// Staff users: list with roles and organ access; create and edit (one form open at a time).
import { useState } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { ErrorAlert } from '../../components/Errors.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/Status.tsx';
import { listOrgans, listUsers } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { sortBy } from '../../lib/format.ts';
import { useLoad } from '../../lib/useLoad.ts';
import type { User } from '../../types.ts';
import { UserForm } from './UserForm.tsx';

type Editing = { mode: 'new' } | { mode: 'edit'; user: User } | null;

const editButtonId = (id: string) => `edit-user-${id}`;

export function UsersAdmin() {
  const t = useT();
  const announce = useAnnounce();
  const users = useLoad((signal) => listUsers(signal), []);
  const organs = useLoad((signal) => listOrgans(signal), []);
  const [editing, setEditing] = useState<Editing>(null);
  const organItems = sortBy(organs.data?.items ?? [], (o) => o.name);
  const items = sortBy(users.data?.items ?? [], (u) => u.displayName);
  const codeOf = (id: string) => organItems.find((o) => o.id === id)?.code ?? id;

  function close(focusId: string) {
    setEditing(null);
    window.setTimeout(() => document.getElementById(focusId)?.focus(), 0);
  }

  async function onSaved(saved: User, focusId: string) {
    announce(t('users.saved', { name: saved.displayName }));
    await users.reload();
    close(focusId);
  }

  return (
    <>
      <PageHeading title={t('admin.users')} />
      <ErrorAlert error={users.error} />
      {users.loading && !users.data ? (
        <Loading />
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table>
            <caption id="users-caption">{t('users.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.organAccess')}</th>
                <th scope="col">{t('users.protectedShort')}</th>
                <th scope="col">{t('users.totp')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id} className={u.active === false ? 'is-inactive' : undefined}>
                  <th scope="row">{u.displayName}</th>
                  <td>{u.username}</td>
                  <td>{u.roles.map((r) => t(`role.${r}`)).join(', ') || '–'}</td>
                  <td>
                    {u.organAccess.length === 0
                      ? '–'
                      : u.organAccess
                          .map((a) => (a.secret ? `${codeOf(a.organId)} (${t('users.secretShort')})` : codeOf(a.organId)))
                          .join(', ')}
                  </td>
                  <td>{u.protectedDataAccess ? t('common.yes') : t('common.no')}</td>
                  <td>{u.totpEnabled ? t('common.yes') : t('common.no')}</td>
                  <td>{u.active === false ? t('users.inactive') : t('users.activeShort')}</td>
                  <td>
                    <button
                      type="button"
                      id={editButtonId(u.id)}
                      className="button-small"
                      onClick={() => setEditing({ mode: 'edit', user: u })}
                    >
                      {t('common.edit')} <span className="visually-hidden">{u.displayName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {editing === null && (
        <div className="actions">
          <button type="button" id="new-user-button" className="button-primary" onClick={() => setEditing({ mode: 'new' })}>
            {t('users.newTitle')}
          </button>
        </div>
      )}
      {editing?.mode === 'new' && (
        <UserForm
          organs={organItems}
          onSaved={(u) => onSaved(u, 'new-user-button')}
          onCancel={() => close('new-user-button')}
        />
      )}
      {editing?.mode === 'edit' && (
        <UserForm
          key={editing.user.id}
          user={editing.user}
          organs={organItems}
          onSaved={(u) => onSaved(u, editButtonId(u.id))}
          onCancel={() => close(editButtonId(editing.user.id))}
        />
      )}
    </>
  );
}
