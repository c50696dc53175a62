import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, ListSkeleton, SectionTitle } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { ProfileActions } from './ProfileActions.tsx';
import { profileTypeLabel } from './profileLabels.tsx';
import { useProfiles } from './profilesApi.ts';

/** The signed-in business's profiles with edit, renew and withdraw. */
export function MyProfiles() {
  const { t } = useTranslation();
  const lang = useLang();
  const profiles = useProfiles({ mine: 'true', limit: 100 });
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-profiles-title">
      <Group justify="space-between" wrap="wrap">
        <SectionTitle>
          <span id="my-profiles-title">{t('invMatching.mine.title')}</span>
        </SectionTitle>
        <Button
          component={Link}
          to="/investment/profiles/new"
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
        >
          {t('invMatching.list.create')}
        </Button>
      </Group>
      {profiles.isPending ? (
        <ListSkeleton rows={2} />
      ) : profiles.isError ? (
        <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />
      ) : profiles.data.items.length === 0 ? (
        <EmptyState title={t('invMatching.mine.emptyTitle')}>{t('invMatching.mine.empty')}</EmptyState>
      ) : (
        profiles.data.items.map((profile) => (
          <Card key={profile.id} withBorder padding="sm">
            <Stack gap={6}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/investment/profiles/${profile.id}`} fw={600}>
                  <UserText value={profile.title} inline />
                </Anchor>
                <DemoBadge demo={profile.demo} />
                <Badge variant="light" color={profile.status === 'published' ? 'green' : 'gray'}>
                  {t(`investment.vocab.status.${profile.status}`)}
                </Badge>
                {profile.stale ? (
                  <Badge variant="light" color="yellow">
                    {t('invMatching.detail.stale')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {profileTypeLabel(profile, t)} ·{' '}
                {t('invMatching.mine.expires', { date: formatDate(profile.expiresAt.slice(0, 10), lang) })}
              </Text>
              <ProfileActions profile={profile} size="xs" />
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
