import { Anchor, Box, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Subscription, type SubscriptionTargetKind, useSubscriptions } from '../api/alerts.ts';
import type { Topic } from '../api/types.ts';
import { FollowButton } from '../components/FollowButton.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader, SectionTitle } from '../components/States.tsx';
import { countryName } from '../lib/countries.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { plainText } from '../lib/localized.ts';

const kinds: SubscriptionTargetKind[] = ['initiative', 'topic', 'country'];

function SubscriptionRow({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { targetKind, target } = subscription;
  const [to, name] =
    targetKind === 'initiative'
      ? [`/initiatives/${encodeURIComponent(target)}`, plainText(subscription.title, lang) || target]
      : targetKind === 'topic'
        ? [`/statements?topic=${encodeURIComponent(target)}`, t(`vocab.topic.${target as Topic}`)]
        : [`/countries/${encodeURIComponent(target)}`, countryName(target, lang)];
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm" py={6}>
      <Anchor component={Link} to={to} style={{ minWidth: 0 }}>
        {targetKind === 'initiative' && subscription.title ? <LText value={subscription.title} /> : name}
      </Anchor>
      <Box style={{ flex: 'none' }}>
        <FollowButton targetKind={targetKind} target={target} name={name} size="compact-sm" />
      </Box>
    </Group>
  );
}

export default function Subscriptions() {
  const { t } = useTranslation();
  useDocumentTitle(t('alerts.subscriptionsTitle'));
  const subscriptions = useSubscriptions();
  return (
    <>
      <PageHeader title={t('alerts.subscriptionsTitle')} intro={t('alerts.subscriptionsIntro')} />
      {subscriptions.isPending ? (
        <ListSkeleton rows={4} height={40} />
      ) : subscriptions.isError ? (
        <ErrorState error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
      ) : subscriptions.data.items.length === 0 ? (
        <EmptyState title={t('alerts.subscriptionsEmpty')}>{t('alerts.subscriptionsHow')}</EmptyState>
      ) : (
        <Stack gap="md">
          {kinds.map((kind) => {
            const items = subscriptions.data.items.filter((s) => s.targetKind === kind);
            if (items.length === 0) return null;
            return (
              <Card key={kind} withBorder padding="md" className="data-card" component="section">
                <SectionTitle order={3}>{t(`alerts.kind.${kind}`)}</SectionTitle>
                <Stack gap={0} component="ul" className="plain-list">
                  {items.map((subscription) => (
                    <SubscriptionRow key={`${kind}:${subscription.target}`} subscription={subscription} />
                  ))}
                </Stack>
              </Card>
            );
          })}
          <Text size="sm" c="dimmed">
            {t('alerts.subscriptionsHow')}
          </Text>
        </Stack>
      )}
    </>
  );
}
