import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { ProjectModerationActions } from './ProjectModerationActions.tsx';
import { IsicName, Money, UsdCost } from './ProjectShared.tsx';
import { useModerationQueue } from './projectsApi.ts';

/** Submitted projects waiting for the focal point (their country) or the Secretariat (all). */
export default function Moderation() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('invProjects.moderation.title'));
  const { user } = useAuth();
  const queue = useModerationQueue();
  const [done, setDone] = useState<'publish' | 'return' | null>(null);
  return (
    <>
      <PageHeader
        title={t('invProjects.moderation.title')}
        intro={
          user?.role === 'focal_point' && user.countryCode
            ? t('invProjects.moderation.introCountry', { country: countryName(user.countryCode, lang) })
            : t('invProjects.moderation.introAll')
        }
      />
      {done ? (
        <SuccessNotice onClose={() => setDone(null)} role="status">
          {done === 'publish' ? t('invProjects.moderation.published') : t('invProjects.moderation.returned')}
        </SuccessNotice>
      ) : null}
      {queue.isPending ? (
        <ListSkeleton rows={3} height={140} />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState>{t('invProjects.moderation.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {queue.data.items.map((project) => (
            <Card key={project.id} withBorder component="article">
              <Stack gap="xs">
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/investment/projects/${project.id}`} fw={600}>
                    <UserText value={project.title} inline />
                  </Anchor>
                  <DemoBadge demo={project.demo} />
                </Group>
                <Text size="sm" c="dimmed">
                  {project.sponsorName} · {countryName(project.countryCode, lang)} ·{' '}
                  {t(`investment.vocab.stage.${project.stage}`)} ·{' '}
                  {t('invProjects.moderation.submittedAt', { date: formatTimestamp(project.submittedAt, lang) })}
                </Text>
                <Text size="sm">
                  <IsicName code={project.isicDivision} /> ·{' '}
                  <Money amount={project.capitalCost} currency={project.currency} /> · <UsdCost project={project} />
                </Text>
                <ProjectModerationActions projectId={project.id} onDone={setDone} />
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
