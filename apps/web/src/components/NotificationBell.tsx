import { ActionIcon, Box, Indicator, Menu, Text } from '@mantine/core';
import { IconBell, IconChecks, IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/alerts.ts';
import { formatNumber, formatTimestamp } from '../lib/format.ts';
import { useLang } from '../lib/hooks.ts';

const shown = 6;

/** The bell in the header: how many notifications are unread, and the latest few to open. */
export function NotificationBell() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const latest = useNotifications({ limit: shown, offset: 0, unread: false });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = latest.data?.unreadCount ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false} width={340}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray.0" size="lg" aria-label={label} className="header-button">
          <Indicator label={formatNumber(unread, lang)} disabled={unread === 0} size={16} offset={2} color="red.8">
            <IconBell size={20} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {latest.data && latest.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('notifications.empty')}
          </Text>
        ) : null}
        {latest.data?.items.map((notification) => (
          <Menu.Item
            key={notification.id}
            onClick={() => {
              if (!notification.readAt) markRead.mutate(notification.id);
              void navigate(notification.link);
            }}
            leftSection={
              <Box
                w={8}
                h={8}
                style={{ borderRadius: '50%', flex: 'none' }}
                bg={notification.readAt ? 'transparent' : 'red.8'}
                aria-hidden
              />
            }
          >
            <Text size="sm" fw={notification.readAt ? 400 : 600} lineClamp={2}>
              {notification.title[lang]}
            </Text>
            <Text size="xs" c="dimmed">
              {formatTimestamp(notification.createdAt, lang)}
              {notification.readAt ? '' : ` · ${t('notifications.unread')}`}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        {unread > 0 ? (
          <Menu.Item leftSection={<IconChecks size={16} aria-hidden />} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Menu.Item>
        ) : null}
        <Menu.Item component={Link} to="/notifications" leftSection={<IconList size={16} aria-hidden />}>
          {t('notifications.seeAll')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
