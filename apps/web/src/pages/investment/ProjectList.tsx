import { Anchor, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  environmentalCategories,
  financingInstruments,
  projectStages,
} from '../../../../../packages/investment/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FoldingFilters } from '../../components/FoldingFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { RegionMap } from '../../components/RegionMap.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader, SectionTitle } from '../../components/States.tsx';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { InvestmentExportButtons } from './InvestmentExportButtons.tsx';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { IsicName, Money, ProjectStatusBadge, projectMapPoints, UsdCost } from './ProjectShared.tsx';
import { type ProjectSummary, useProjects, useReference } from './projectsApi.ts';
import { SaveSearchButton } from './SaveSearchButton.tsx';

const pageSize = 20;

export default function ProjectList() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('invProjects.list.title'));
  const { hasRole } = useAuth();
  const { get, page, update, clear, params } = useUrlFilters();
  const reference = useReference();
  const query = {
    text: get('text'),
    country: get('country'),
    section: get('section'),
    stage: get('stage'),
    instrument: get('instrument'),
    sdg: get('sdg'),
    environmentalCategory: get('environmentalCategory'),
    minUsd: get('minUsd'),
    maxUsd: get('maxUsd'),
    demo: get('demo'),
    initiative: get('initiative'),
    sort: get('sort') || 'newest',
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const projects = useProjects(query);
  const option = (value: string, label: string) => ({ value, label });
  const select = (key: string, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      data={data}
      value={get(key) || null}
      onChange={(value) => update({ [key]: value ?? '' })}
      clearable
      searchable={data.length > 8}
      comboboxProps={{ withinPortal: true }}
    />
  );

  const filterGrid = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {select(
        'country',
        t('invProjects.field.country'),
        memberCodes.map((code) => option(code, countryName(code, lang))),
      )}
      {select(
        'section',
        t('invProjects.field.section'),
        (reference.data?.isic.sections ?? []).map((section) =>
          option(section.code, `${section.code} · ${plainText(section.name, lang)}`),
        ),
      )}
      {select(
        'stage',
        t('invProjects.field.stage'),
        projectStages.map((stage) => option(stage, t(`investment.vocab.stage.${stage}`))),
      )}
      {select(
        'instrument',
        t('invProjects.field.instrument'),
        financingInstruments.map((instrument) => option(instrument, t(`investment.vocab.instrument.${instrument}`))),
      )}
      {select(
        'sdg',
        t('invProjects.field.sdg'),
        (reference.data?.sdgs.goals ?? []).map((goal) =>
          option(String(goal.number), `${goal.number} · ${plainText(goal.name, lang)}`),
        ),
      )}
      {select(
        'environmentalCategory',
        t('invProjects.field.environmentalCategory'),
        environmentalCategories.map((category) =>
          option(category, t(`investment.vocab.environmentalCategory.${category}`)),
        ),
      )}
      <NumberInput
        label={t('invProjects.list.minUsd')}
        value={get('minUsd')}
        min={0}
        thousandSeparator
        onBlur={(event) => update({ minUsd: event.currentTarget.value.replace(/[^\d.]/g, '') })}
      />
      <NumberInput
        label={t('invProjects.list.maxUsd')}
        value={get('maxUsd')}
        min={0}
        thousandSeparator
        onBlur={(event) => update({ maxUsd: event.currentTarget.value.replace(/[^\d.]/g, '') })}
      />
      {select('demo', t('invProjects.list.demo'), [
        option('no', t('invProjects.list.demoNo')),
        option('yes', t('invProjects.list.demoYes')),
      ])}
      <Select
        label={t('invProjects.list.sort')}
        data={[option('newest', t('invProjects.list.sortNewest')), option('cost', t('invProjects.list.sortCost'))]}
        value={query.sort}
        onChange={(value) => update({ sort: value === 'newest' ? '' : (value ?? '') })}
        allowDeselect={false}
      />
    </SimpleGrid>
  );

  const columns: Column<ProjectSummary>[] = [
    {
      key: 'title',
      header: t('invProjects.field.title'),
      primary: true,
      render: (project) => (
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={`/investment/projects/${project.id}`} size="sm">
            <UserText value={project.title} inline />
          </Anchor>
          <DemoBadge demo={project.demo} />
          {project.status !== 'published' ? <ProjectStatusBadge status={project.status} /> : null}
        </Group>
      ),
    },
    {
      key: 'country',
      header: t('invProjects.field.country'),
      render: (project) => (
        <span>
          {countryName(project.countryCode, lang)}
          {project.regionName ? ` · ${project.regionName}` : ''}
        </span>
      ),
    },
    {
      key: 'sector',
      header: t('invProjects.field.sector'),
      render: (project) => <IsicName code={project.isicDivision} />,
    },
    {
      key: 'stage',
      header: t('invProjects.field.stage'),
      render: (project) => t(`investment.vocab.stage.${project.stage}`),
    },
    {
      key: 'cost',
      header: t('invProjects.field.capitalCost'),
      align: 'right',
      render: (project) => (
        <Stack gap={0} align="flex-end">
          <Money amount={project.capitalCost} currency={project.currency} />
          {project.currency === 'USD' ? null : <UsdCost project={project} />}
        </Stack>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('invProjects.list.title')}
        intro={t('invProjects.list.intro')}
        actions={
          hasRole('business', 'focal_point', 'secretariat', 'admin') ? (
            <Button component={Link} to="/investment/projects/new" leftSection={<IconFilePlus size={16} aria-hidden />}>
              {t('invProjects.list.newProject')}
            </Button>
          ) : null
        }
      />
      <Card withBorder mb="md" component="section" aria-label={t('common.filters')}>
        <Stack gap="sm">
          <SearchBox
            value={get('text')}
            onSearch={(text) => update({ text })}
            label={t('invProjects.list.search')}
            id="project-search"
          />
          <FoldingFilters id="project-filters">{filterGrid}</FoldingFilters>
          <Group gap="xs" wrap="wrap">
            <SaveSearchButton target="projects" filters={Object.fromEntries(params)} />
            <InvestmentExportButtons dataset="projects" query={Object.fromEntries(params)} />
            {params.toString() ? (
              <Button variant="subtle" size="xs" onClick={clear}>
                {t('common.clearFilters')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Card>
      {projects.isPending ? (
        <ListSkeleton />
      ) : projects.isError ? (
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      ) : projects.data.items.length === 0 ? (
        <EmptyState>{t('common.noResults')}</EmptyState>
      ) : (
        <>
          <DataTable
            rows={projects.data.items}
            columns={columns}
            rowKey={(project) => project.id}
            caption={t('invProjects.list.title')}
          />
          <Pager total={projects.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
          <SectionTitle>{t('invProjects.list.map')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="xs">
            {t('invProjects.list.mapNote')}
          </Text>
          <RegionMap points={projectMapPoints(projects.data.items, lang)} ariaLabel={t('invProjects.list.map')} />
        </>
      )}
    </>
  );
}
