import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCheck, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/alerts.ts';
import { Pager } from '../components/Pager.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { formatTimestamp } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 20;

export default function Notifications() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('notifications.title'));
  const { get, page, update } = useUrlFilters();
  const unreadOnly = get('show') === 'unread';
  const notifications = useNotifications({ limit: pageSize, offset: (page - 1) * pageSize, unread: unreadOnly });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = notifications.data?.unreadCount ?? 0;
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        intro={t('notifications.intro')}
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Group mb="md" gap="sm">
        <SegmentedControl
          aria-label={t('notifications.show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => update({ show: value === 'unread' ? 'unread' : '' })}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadCount', { count: unread }) },
          ]}
        />
      </Group>
      {notifications.isPending ? (
        <ListSkeleton rows={5} height={64} />
      ) : notifications.isError ? (
        <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : notifications.data.items.length === 0 ? (
        <EmptyState title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}>
          {unreadOnly ? null : (
            <Anchor component={Link} to="/subscriptions">
              {t('alerts.subscriptionsTitle')}
            </Anchor>
          )}
        </EmptyState>
      ) : (
        <>
          <Stack gap="xs" component="ul" className="plain-list" aria-label={t('notifications.title')}>
            {notifications.data.items.map((notification) => (
              <Paper
                key={notification.id}
                component="li"
                withBorder
                p="sm"
                style={notification.readAt ? undefined : { borderInlineStart: '4px solid var(--mantine-color-red-8)' }}
              >
                <Stack gap={4}>
                  <Anchor
                    component={Link}
                    to={notification.link}
                    fw={notification.readAt ? 400 : 600}
                    onClick={() => {
                      if (!notification.readAt) markRead.mutate(notification.id);
                    }}
                  >
                    {notification.title[lang]}
                  </Anchor>
                  <Group gap={8} wrap="wrap">
                    {notification.readAt ? null : (
                      <Badge size="xs" color="red.8" variant="filled">
                        {t('notifications.unread')}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      <time dateTime={notification.createdAt}>{formatTimestamp(notification.createdAt, lang)}</time>
                    </Text>
                    {notification.readAt ? null : (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconCheck size={12} aria-hidden />}
                        onClick={() => markRead.mutate(notification.id)}
                        aria-label={`${t('notifications.markRead')}: ${notification.title[lang]}`}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
          <Pager
            total={notifications.data.total}
            page={page}
            pageSize={pageSize}
            onChange={(p) => update({ page: p })}
          />
        </>
      )}
    </>
  );
}
