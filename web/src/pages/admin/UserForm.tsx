// Create or edit a staff user: roles, per-organ access (with secret access per organ, R-REG-6),
// protected-data access (R-REG-7) and whether the account is active.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
import { FormErrors } from '../../components/Errors.tsx';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { createUser, updateUser, type UserInput } from '../../endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useSubmit } from '../../lib/useSubmit.ts';
import { requireFields } from '../../lib/validate.ts';
import { ROLES, type Organ, type OrganAccess, type Role, type User } from '../../types.ts';

interface Props {
  /** The user to edit; absent when creating. */
  user?: User;
  organs: Organ[];
  onSaved: (user: User) => void;
  onCancel?: () => void;
}

export function UserForm({ user, organs, onSaved, onCancel }: Props) {
  const t = useT();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [access, setAccess] = useState<OrganAccess[]>(user?.organAccess ?? []);
  const [protectedDataAccess, setProtectedDataAccess] = useState(user?.protectedDataAccess ?? false);
  const [active, setActive] = useState(user?.active ?? true);
  const submit = useSubmit(async () => {
    const body: UserInput = {
      displayName: displayName.trim(),
      email: email.trim() || undefined,
      roles,
      organAccess: access,
      protectedDataAccess,
    };
    const saved = user
      ? await updateUser(user.id, { ...body, email: email.trim(), active, password: password || undefined })
      : await createUser({ ...body, username: username.trim(), password });
    onSaved(saved);
  });
  const errors = fieldErrors(submit.error);
  const prefix = user ? `user-${user.id}` : 'new-user';
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function toggleRole(role: Role, on: boolean) {
    setRoles((prev) => (on ? [...prev, role] : prev.filter((r) => r !== role)));
  }

  function setOrganAccess(organId: string, level: 'none' | 'read' | 'secret') {
    setAccess((prev) => {
      const rest = prev.filter((a) => a.organId !== organId);
      return level === 'none' ? rest : [...rest, { organId, secret: level === 'secret' }];
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const required = user ? { displayName } : { username, displayName, password };
    const missing = requireFields(required, t('form.fieldRequired'), t('form.fixErrors'));
    if (missing) return submit.setError(missing);
    await submit.run();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="panel">
      <h2 ref={headingRef} tabIndex={-1}>
        {user ? t('users.editTitle', { name: user.displayName }) : t('users.newTitle')}
      </h2>
      <FormErrors
        error={submit.error}
        labels={{
          username: t('users.username'),
          displayName: t('users.displayName'),
          email: t('users.email'),
          password: t('users.password'),
          roles: t('users.roles'),
          organAccess: t('users.organAccess'),
        }}
      />
      <div className="field-row">
        {user ? (
          <p className="field">
            <span className="label">{t('users.username')}</span> {user.username}
          </p>
        ) : (
          <TextField name="username" label={t('users.username')} value={username} onValue={setUsername} error={errors.username} autoComplete="off" required />
        )}
        <TextField name="displayName" label={t('users.displayName')} value={displayName} onValue={setDisplayName} error={errors.displayName} autoComplete="off" required />
      </div>
      <div className="field-row">
        <TextField name="email" type="email" label={t('users.email')} value={email} onValue={setEmail} error={errors.email} autoComplete="off" />
        <TextField
          name="password"
          type="password"
          label={user ? t('users.newPassword') : t('users.password')}
          hint={user ? t('users.newPasswordHint') : undefined}
          value={password}
          onValue={setPassword}
          error={errors.password}
          autoComplete="new-password"
          required={!user}
        />
      </div>

      <fieldset className="group" id="f-roles" tabIndex={-1}>
        <legend>{t('users.roles')}</legend>
        {errors.roles && <p className="field-error">{errors.roles}</p>}
        <div className="checkbox-grid">
          {ROLES.map((role) => (
            <CheckboxField
              key={role}
              name={`${prefix}-role-${role}`}
              label={t(`role.${role}`)}
              checked={roles.includes(role)}
              onChecked={(on) => toggleRole(role, on)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="group" id="f-organAccess" tabIndex={-1}>
        <legend>{t('users.organAccess')}</legend>
        <p className="help">{t('users.organAccessHint')}</p>
        {errors.organAccess && <p className="field-error">{errors.organAccess}</p>}
        {organs.map((organ) => {
          const current = access.find((a) => a.organId === organ.id);
          return (
            <fieldset key={organ.id} className="organ-access">
              <legend>{`${organ.name} (${organ.code})`}</legend>
              <CheckboxField
                name={`${prefix}-access-${organ.id}`}
                label={t('users.access')}
                checked={!!current}
                onChecked={(on) => setOrganAccess(organ.id, on ? 'read' : 'none')}
              />
              <CheckboxField
                name={`${prefix}-secret-${organ.id}`}
                label={t('users.secretAccess')}
                checked={!!current?.secret}
                onChecked={(on) => setOrganAccess(organ.id, on ? 'secret' : 'read')}
              />
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset className="group">
        <legend>{t('users.otherLegend')}</legend>
        <CheckboxField
          name={`${prefix}-protected`}
          label={t('users.protectedDataAccess')}
          hint={t('users.protectedDataAccessHint')}
          checked={protectedDataAccess}
          onChecked={setProtectedDataAccess}
        />
        {user && (
          <CheckboxField name={`${prefix}-active`} label={t('users.active')} hint={t('users.activeHint')} checked={active} onChecked={setActive} />
        )}
      </fieldset>

      <div className="actions">
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {submit.busy ? t('common.saving') : user ? t('common.save') : t('users.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
