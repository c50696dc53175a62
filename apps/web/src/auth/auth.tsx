import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { ApiError, api, setCsrfToken } from '../api/client.ts';
import type { Role, SessionResponse, SessionUser } from '../api/types.ts';

interface AuthState {
  user: SessionUser | null;
  /** True until the first GET /auth/me has answered. */
  loading: boolean;
  login: (email: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

const AuthContext = createContext<AuthState | null>(null);

const meKey = ['auth', 'me'] as const;

/** Accepts `{ user, csrfToken }` and, defensively, a bare user with `csrfToken` beside it. */
function readSession(body: unknown): SessionUser | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Partial<SessionResponse> & Partial<SessionUser>;
  const token = typeof record.csrfToken === 'string' ? record.csrfToken : null;
  const user = (record.user ?? (typeof record.role === 'string' ? record : null)) as SessionUser | null;
  setCsrfToken(token);
  return user ?? null;
}

async function fetchMe(): Promise<SessionUser | null> {
  try {
    return readSession(await api.get<unknown>('/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });

  const login = useCallback(
    async (email: string, password: string) => {
      const body = await api.post<unknown>('/auth/login', { email, password });
      const user = readSession(body);
      if (!user) throw new ApiError(500, 'internal_error', 'The server answered the sign-in without a user.');
      client.setQueryData(meKey, user);
      // Private lists (reports) depend on who is signed in.
      void client.invalidateQueries({ queryKey: ['reports'] });
      return user;
    },
    [client],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setCsrfToken(null);
      client.setQueryData(meKey, null);
      client.removeQueries({ queryKey: ['reports'] });
    }
  }, [client]);

  const user = me.data ?? null;
  const value = useMemo<AuthState>(
    () => ({
      user,
      loading: me.isPending,
      login,
      logout,
      hasRole: (...roles) => user !== null && roles.includes(user.role),
    }),
    [user, me.isPending, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
