// Login: username and password; a TOTP field appears when the server asks for a second factor.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorText } from '../components/Errors.tsx';
import { fieldId, TextField } from '../components/fields.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';

interface LoginState {
  from?: string;
  reason?: 'expired' | 'network' | 'logged_out';
}

export function LoginPage() {
  const { t, lang } = useI18n();
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const location = useLocation();
  const locState = (location.state ?? {}) as LoginState;
  const reason = locState.reason ?? (state.status === 'anonymous' ? state.reason : undefined);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (needTotp) document.getElementById(fieldId('totp'))?.focus();
  }, [needTotp]);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (state.status === 'authenticated' && !busy) return <Navigate to={locState.from ?? '/'} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!username.trim() || !password) {
      setError(t('login.missingFields'));
      return;
    }
    setBusy(true);
    try {
      await login(username.trim(), password, needTotp ? totp.trim() : undefined);
      announce(t('login.success'));
      navigate(locState.from ?? '/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'totp_required' && !needTotp) {
        setNeedTotp(true);
        announce(t('login.totpNeeded'));
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  function errorMessage() {
    if (typeof error === 'string') return error;
    if (error instanceof ApiError && (error.code === 'unauthenticated' || error.code === 'totp_required')) {
      // The server's Swedish detail is the most precise; in English, our own wording.
      if (lang === 'sv' && error.detail) return error.detail;
      return needTotp ? t('login.badTotp') : t('login.badCredentials');
    }
    return <ErrorText error={error} />;
  }

  return (
    <div className="login-page">
      <header className="site-header login-header">
        <div className="header-bar">
          <span className="brand">
            {t('app.name')}
            <span className="brand-sub">{t('app.tagline')}</span>
          </span>
          <div className="header-user">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="login-main">
        <div className="login-card">
          <PageHeading title={t('login.title')} />
          {reason === 'expired' && <p className="alert alert-info">{t('login.expired')}</p>}
          {reason === 'logged_out' && <p className="alert alert-info">{t('auth.loggedOut')}</p>}
          {reason === 'network' && !error && <p className="alert alert-error">{t('error.network')}</p>}
          {error ? (
            <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
              <p>{errorMessage()}</p>
            </div>
          ) : null}
          <form onSubmit={onSubmit} noValidate>
            <TextField
              name="username"
              label={t('login.username')}
              value={username}
              onValue={setUsername}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
            />
            <TextField
              name="password"
              label={t('login.password')}
              type="password"
              value={password}
              onValue={setPassword}
              autoComplete="current-password"
              required
            />
            {needTotp && (
              <TextField
                name="totp"
                label={t('login.totp')}
                hint={t('login.totpHint')}
                value={totp}
                onValue={setTotp}
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={8}
                className="field-short"
                required
              />
            )}
            <div className="actions">
              <button type="submit" className="button-primary" disabled={busy}>
                {busy ? t('login.submitting') : t('login.submit')}
              </button>
            </div>
          </form>
        </div>
      </main>
    </div>
  );
}
