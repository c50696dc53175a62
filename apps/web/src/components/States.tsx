import { Alert, Anchor, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconRefresh } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/client.ts';

/** Translated message for an API error: the code's own message, plus the server's detail where it adds something. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): { title: string; detail: string | null } => {
    if (isApiError(error)) {
      const key = `errors.code.${error.code}`;
      const title = i18n.exists(key) ? t(key) : t('errors.generic');
      const detail = error.detail && error.code !== 'network_error' ? error.detail : null;
      return { title, detail };
    }
    return { title: t('errors.generic'), detail: error instanceof Error ? error.message : null };
  };
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? message.title}
      role="alert"
    >
      {title ? <Text size="sm">{message.title}</Text> : null}
      {message.detail ? (
        <Text size="sm" c="red.9">
          {t('errors.serverSaid', { detail: message.detail })}
        </Text>
      ) : null}
    </Alert>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  const notFound = isApiError(error) && error.status === 404;
  return (
    <Card withBorder padding="lg" role="alert">
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon color={notFound ? 'gray' : 'red'} variant="light" size="lg" aria-hidden>
          <IconAlertTriangle size={20} />
        </ThemeIcon>
        <Stack gap={4}>
          <Text fw={600}>{notFound ? t('errors.notFoundTitle') : t('errors.loadFailed')}</Text>
          <Text size="sm">{notFound ? t('errors.notFoundText') : message.title}</Text>
          {message.detail && !notFound ? (
            <Text size="sm" c="dimmed">
              {t('errors.serverSaid', { detail: message.detail })}
            </Text>
          ) : null}
          {onRetry && !notFound ? (
            <Group mt="xs">
              <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
                {t('common.retry')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

export function EmptyState({ title, children, action }: { title?: string; children?: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" className="empty-state">
      <Stack align="center" gap="xs" ta="center">
        <ThemeIcon variant="light" color="gray" size={44} radius="xl" aria-hidden>
          <IconInbox size={24} />
        </ThemeIcon>
        <Text fw={600}>{title ?? t('common.emptyTitle')}</Text>
        {children ? (
          <Text size="sm" c="dimmed" maw={520}>
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Card>
  );
}

export function ListSkeleton({ rows = 6, height = 72 }: { rows?: number; height?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <Skeleton key={i} height={height} radius="sm" />
      ))}
    </Stack>
  );
}

export function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={34} width="70%" />
      <Skeleton height={16} width="40%" />
      <Skeleton height={120} />
      <Skeleton height={16} width="30%" mt="md" />
      <Skeleton height={80} />
      <Skeleton height={80} />
    </Stack>
  );
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  skeleton?: ReactNode;
  /** On detail pages: the page heading to show above an error (the data would otherwise give it). */
  errorTitle?: string;
  /** On detail pages: a way back to the list when the item cannot be shown. */
  back?: { to: string; label: string };
  children: (data: T) => ReactNode;
}

/** Loading skeleton, error state with retry, or the content. */
export function QueryView<T>({ query, skeleton, errorTitle, back, children }: QueryViewProps<T>) {
  if (query.isPending) return <>{skeleton ?? <ListSkeleton />}</>;
  if (query.isError) {
    return (
      <>
        {errorTitle ? <PageHeader title={errorTitle} /> : null}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        {back ? (
          <Group mt="md">
            <Anchor component={Link} to={back.to} size="sm">
              {back.label}
            </Anchor>
          </Group>
        ) : null}
      </>
    );
  }
  return <>{children(query.data)}</>;
}

export function PageHeader({
  title,
  intro,
  actions,
  eyebrow,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="sm" className="page-header">
      <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
        {eyebrow}
        <Title order={1} className="page-title">
          {title}
        </Title>
        {intro ? (
          <Text c="dimmed" size="sm" maw={820}>
            {intro}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}

export function SectionTitle({ children, order = 2 }: { children: ReactNode; order?: 2 | 3 }) {
  return (
    <Title order={order} className={order === 2 ? 'section-title' : 'subsection-title'}>
      {children}
    </Title>
  );
}
