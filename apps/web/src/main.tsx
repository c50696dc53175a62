import '@mantine/core/styles.css';
import './styles.css';
import './i18n.ts';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { isApiError } from './api/client.ts';
import { AuthProvider } from './auth/auth.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

const queryClient: QueryClient = new QueryClient({
  // A write refused because the session ended (or its CSRF token is stale): ask the server who we are again, so the
  // header and the role-specific navigation reflect it.
  mutationCache: new MutationCache({
    onError: (error) => {
      if (isApiError(error) && (error.status === 401 || error.code === 'csrf_failed')) {
        void queryClient.invalidateQueries({ queryKey: ['auth', 'me'] });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Client errors (404, 403) will not change by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <App />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
