import { Button } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../api/types.ts';
import { DetailSkeleton, EmptyState, PageHeader } from '../components/States.tsx';
import { useDocumentTitle } from '../lib/hooks.ts';
import { useAuth } from './auth.tsx';

/** Shows the page only to the given roles; asks others to sign in, or says the page is not for them. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user, loading } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  const blocked = !loading && (!user || !roles.includes(user.role));
  useDocumentTitle(blocked ? (user ? t('guard.forbiddenTitle') : t('guard.signInTitle')) : undefined);
  if (loading) return <DetailSkeleton />;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <>
        <PageHeader title={t('guard.signInTitle')} />
        <EmptyState
          title={t('guard.signInText')}
          action={
            <Button component={Link} to={`/login?next=${next}`} leftSection={<IconLogin size={16} aria-hidden />}>
              {t('nav.signIn')}
            </Button>
          }
        />
      </>
    );
  }
  if (!roles.includes(user.role)) {
    return (
      <>
        <PageHeader title={t('guard.forbiddenTitle')} />
        <EmptyState title={t('guard.forbiddenText', { roles: roles.map((r) => t(`vocab.role.${r}`)).join(', ') })} />
      </>
    );
  }
  return <>{children}</>;
}
