import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatDate } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { MyProfiles } from './MyProfiles.tsx';
import { ProjectOwnerActions } from './ProjectOwnerActions.tsx';
import { Money, ProjectStatusBadge } from './ProjectShared.tsx';
import { type ProjectSummary, useProjects } from './projectsApi.ts';

const pageSize = 20;

function MyProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder component="article">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/investment/projects/${project.id}`} fw={600}>
            <UserText value={project.title} inline />
          </Anchor>
          <DemoBadge demo={project.demo} />
          <ProjectStatusBadge status={project.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {countryName(project.countryCode, lang)} · {t(`investment.vocab.stage.${project.stage}`)} ·{' '}
          <Money amount={project.capitalCost} currency={project.currency} />
          {project.expiresAt
            ? ` · ${t('invProjects.mine.expires', { date: formatDate(project.expiresAt.slice(0, 10), lang) })}`
            : ''}
        </Text>
        {project.status === 'returned' && project.returnReason ? (
          <Text size="sm">
            <strong>{t('invProjects.mine.returnReason')}</strong> {project.returnReason}
          </Text>
        ) : null}
        <ProjectOwnerActions project={project} />
      </Stack>
    </Card>
  );
}

/** The signed-in business's own listings: projects in every status with their actions, then profiles. */
export default function MyListings() {
  const { t } = useTranslation();
  useDocumentTitle(t('invProjects.mine.title'));
  const { page, update } = useUrlFilters();
  const projects = useProjects({ mine: 'yes', limit: pageSize, offset: (page - 1) * pageSize });
  const newProject = (
    <Button component={Link} to="/investment/projects/new" leftSection={<IconFilePlus size={16} aria-hidden />}>
      {t('invProjects.list.newProject')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('invProjects.mine.title')} intro={t('invProjects.mine.intro')} actions={newProject} />
      <section>
        <SectionTitle>{t('invProjects.mine.projects')}</SectionTitle>
        {projects.isPending ? (
          <ListSkeleton rows={3} height={120} />
        ) : projects.isError ? (
          <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
        ) : projects.data.items.length === 0 ? (
          <EmptyState>{t('invProjects.mine.empty')}</EmptyState>
        ) : (
          <Stack gap="sm">
            {projects.data.items.map((project) => (
              <MyProjectCard key={project.id} project={project} />
            ))}
            <Pager total={projects.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
          </Stack>
        )}
      </section>
      <section>
        <MyProfiles />
      </section>
    </>
  );
}
