// Session state for the app: who is logged in, login/logout, and role checks.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthenticated } from './api.ts';
import * as endpoints from './endpoints.ts';
import type { Role, User } from './types.ts';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'network' | 'logged_out' }
  | { status: 'authenticated'; user: User };

interface AuthValue {
  state: AuthState;
  user: User | null;
  login: (username: string, password: string, totp?: string) => Promise<User>;
  logout: () => Promise<void>;
  /** Reloads the signed-in user from the server, e.g. after enabling two-step verification. */
  refresh: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

/** Roles that may register documents and open cases. */
export const REGISTERING_ROLES: Role[] = ['registrar', 'case_officer', 'secretary', 'admin'];

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    endpoints
      .me(controller.signal)
      .then((session) => setState({ status: 'authenticated', user: session.user }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        const network = err instanceof ApiError && err.code === 'network';
        setState({ status: 'anonymous', reason: network ? 'network' : undefined });
      });
    return () => controller.abort();
  }, []);

  useEffect(
    () =>
      onUnauthenticated(() =>
        setState((prev) => (prev.status === 'authenticated' ? { status: 'anonymous', reason: 'expired' } : prev)),
      ),
    [],
  );

  const login = useCallback(async (username: string, password: string, totp?: string) => {
    const session = await endpoints.login(username, password, totp);
    setState({ status: 'authenticated', user: session.user });
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await endpoints.logout();
    } finally {
      setState({ status: 'anonymous', reason: 'logged_out' });
    }
  }, []);

  const refresh = useCallback(async () => {
    const session = await endpoints.me();
    setState({ status: 'authenticated', user: session.user });
  }, []);

  const value = useMemo<AuthValue>(() => {
    const user = state.status === 'authenticated' ? state.user : null;
    return {
      state,
      user,
      login,
      logout,
      refresh,
      hasRole: (...roles) => !!user && roles.some((role) => user.roles.includes(role)),
    };
  }, [state, login, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
