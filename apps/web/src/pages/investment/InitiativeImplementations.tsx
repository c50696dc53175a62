import { Anchor, Badge, Box, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconBuildingFactory2, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorAlert, ListSkeleton, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { useInitiativeImplementations } from './savedSearchesApi.ts';

/** "Projects and deals implementing this initiative": the section the agenda's initiative page shows. */
export function InitiativeImplementations({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useInitiativeImplementations(initiativeId);

  const dealBadge = (count: number) =>
    count > 0 ? (
      <Badge size="sm" variant="light" color="teal" component="span">
        {t('invLinks.implementations.deals', { count })}
      </Badge>
    ) : null;

  const body = () => {
    if (query.isPending) return <ListSkeleton rows={2} height={48} />;
    if (query.isError) return <ErrorAlert error={query.error} />;
    const { projects, profiles, dealCount } = query.data;
    if (projects.length === 0 && profiles.length === 0) {
      return (
        <EmptyState title={t('invLinks.implementations.emptyTitle')}>{t('invLinks.implementations.empty')}</EmptyState>
      );
    }
    return (
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('invLinks.implementations.summary', {
            projects: formatNumber(projects.length, lang),
            profiles: formatNumber(profiles.length, lang),
            deals: formatNumber(dealCount, lang),
          })}
        </Text>
        {projects.length > 0 ? (
          <Card withBorder padding="md">
            <Group gap={6} mb="xs">
              <IconBuildingFactory2 size={18} aria-hidden />
              <Text fw={600}>{t('invLinks.implementations.projects')}</Text>
            </Group>
            <List spacing="xs" size="sm" listStyleType="none">
              {projects.map((project) => (
                <List.Item key={project.id}>
                  <Group gap={6} wrap="wrap">
                    <Anchor component={Link} to={`/investment/projects/${project.id}`}>
                      <UserText value={project.title} inline />
                    </Anchor>
                    <DemoBadge demo={project.demo} />
                    <Text span size="xs" c="dimmed">
                      {countryName(project.countryCode, lang)} · {t(`investment.vocab.stage.${project.stage}`)}
                    </Text>
                    {dealBadge(project.dealCount)}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Card>
        ) : null}
        {profiles.length > 0 ? (
          <Card withBorder padding="md">
            <Group gap={6} mb="xs">
              <IconUsersGroup size={18} aria-hidden />
              <Text fw={600}>{t('invLinks.implementations.profiles')}</Text>
            </Group>
            <List spacing="xs" size="sm" listStyleType="none">
              {profiles.map((profile) => (
                <List.Item key={profile.id}>
                  <Group gap={6} wrap="wrap">
                    <Anchor component={Link} to={`/investment/profiles/${profile.id}`}>
                      <UserText value={profile.title} inline />
                    </Anchor>
                    <DemoBadge demo={profile.demo} />
                    <Text span size="xs" c="dimmed">
                      {countryName(profile.countryCode, lang)} · {t(`investment.vocab.profileKind.${profile.kind}`)}
                    </Text>
                    {dealBadge(profile.dealCount)}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Card>
        ) : null}
      </Stack>
    );
  };

  return (
    <>
      <SectionTitle>{t('invLinks.implementations.title')}</SectionTitle>
      <Box component="section" aria-label={t('invLinks.implementations.title')} className="initiative-implementations">
        {body()}
      </Box>
    </>
  );
}
