import { Button, type ButtonProps } from '@mantine/core';
import { IconBell, IconBellOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type SubscriptionTargetKind, useSubscriptions, useToggleSubscription } from '../api/alerts.ts';
import { useAuth } from '../auth/auth.tsx';

/**
 * Follow or stop following an initiative, a topic or a country. Shown to signed-in users only; `name` says what
 * is followed to screen readers when the button's words alone do not.
 */
export function FollowButton({
  targetKind,
  target,
  name,
  showName = false,
  size = 'sm',
}: {
  targetKind: SubscriptionTargetKind;
  target: string;
  name?: string;
  /** Write the name on the button, where several follow buttons stand together. */
  showName?: boolean;
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const subscriptions = useSubscriptions();
  const toggle = useToggleSubscription();
  if (!user || !subscriptions.data) return null;
  const following = subscriptions.data.items.some(
    (s) => s.targetKind === targetKind && s.target.toUpperCase() === target.toUpperCase(),
  );
  const words = following ? t('alerts.unfollow') : t('alerts.follow');
  return (
    <Button
      variant={following ? 'light' : 'default'}
      size={size}
      leftSection={following ? <IconBellOff size={16} aria-hidden /> : <IconBell size={16} aria-hidden />}
      loading={toggle.isPending}
      onClick={() => toggle.mutate({ follow: !following, targetKind, target })}
      aria-label={name && !showName ? `${words}: ${name}` : undefined}
      // A written name may be long: let it wrap instead of overflowing the filter column.
      {...(showName ? { h: 'auto', py: 4, styles: { label: { whiteSpace: 'normal', textAlign: 'start' } } } : {})}
    >
      {name && showName ? `${words}: ${name}` : words}
    </Button>
  );
}
