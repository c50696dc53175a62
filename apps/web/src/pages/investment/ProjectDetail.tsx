import { Alert, Anchor, Badge, Card, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MetaList } from '../../components/MetaList.tsx';
import { RegionMap } from '../../components/RegionMap.tsx';
import { DetailSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatDate, formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { AgendaLinks } from './AgendaLinks.tsx';
import { DemoBadge, pickUserText, UserText } from './investmentShared.tsx';
import { ListingInterest } from './ListingInterest.tsx';
import { ListingMatches } from './ListingMatches.tsx';
import { ProjectDocuments } from './ProjectDocuments.tsx';
import { ProjectIncentives } from './ProjectIncentives.tsx';
import { ProjectModerationActions } from './ProjectModerationActions.tsx';
import { ProjectOwnerActions } from './ProjectOwnerActions.tsx';
import { IsicName, Money, ProjectStatusBadge, projectMapPoints, UsdCost } from './ProjectShared.tsx';
import { type ProjectDetail as Project, useProject, useReference } from './projectsApi.ts';

function ProjectPage({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  useDocumentTitle(pickUserText(project.title, lang).text);
  const sdgName = (number: number) => {
    const goal = reference.data?.sdgs.goals.find((g) => g.number === number);
    return goal ? `${number} · ${plainText(goal.name, lang)}` : String(number);
  };
  const points = projectMapPoints([project], lang);
  const facts = [
    { label: t('invProjects.field.sponsor'), value: project.sponsorName },
    {
      label: t('invProjects.field.country'),
      value: `${countryName(project.countryCode, lang)}${project.regionName ? ` · ${project.regionName}` : ''}${project.regionCode ? ` (${project.regionCode})` : ''}`,
    },
    { label: t('invProjects.field.sector'), value: <IsicName code={project.isicDivision} /> },
    { label: t('invProjects.field.stage'), value: t(`investment.vocab.stage.${project.stage}`) },
    {
      label: t('invProjects.field.capitalCost'),
      value: <Money amount={project.capitalCost} currency={project.currency} />,
    },
    { label: t('invProjects.field.capitalCostUsd'), value: <UsdCost project={project} detailed /> },
    {
      label: t('invProjects.field.financing'),
      value: (
        <span>
          {project.financingInstruments.map((instrument) => t(`investment.vocab.instrument.${instrument}`)).join(', ')}
          {project.financingAmount !== null ? (
            <>
              {' · '}
              <Money amount={project.financingAmount} currency={project.currency} />
              {project.usd.financingAmount !== null && project.currency !== 'USD' ? (
                <>
                  {' ≈ '}
                  <Money amount={project.usd.financingAmount} currency="USD" />
                </>
              ) : null}
            </>
          ) : null}
        </span>
      ),
    },
    {
      label: t('invProjects.field.jobs'),
      value: project.jobs === null ? t('common.notGiven') : formatNumber(project.jobs, lang),
    },
    {
      label: t('invProjects.field.environmentalCategory'),
      value: project.environmentalCategory
        ? t(`investment.vocab.environmentalCategory.${project.environmentalCategory}`)
        : t('common.notGiven'),
    },
    {
      label: t('invProjects.field.sdgs'),
      value: project.sdgs.length > 0 ? project.sdgs.map(sdgName).join('; ') : t('common.notGiven'),
    },
    {
      label: t('invProjects.field.languages'),
      value:
        project.languages.length > 0
          ? project.languages.map((code) => code.toUpperCase()).join(', ')
          : t('common.notGiven'),
    },
    {
      label: t('invProjects.field.expiresAt'),
      value: project.expiresAt ? formatDate(project.expiresAt.slice(0, 10), lang) : t('common.notGiven'),
    },
  ];
  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span" wrap="wrap">
            <UserText value={project.title} inline />
            <DemoBadge demo={project.demo} />
          </Group>
        }
        eyebrow={
          <Group gap="xs">
            <Anchor component={Link} to="/investment/projects" size="sm">
              {t('invProjects.list.title')}
            </Anchor>
            <ProjectStatusBadge status={project.status} />
            {project.stale ? (
              <Badge size="sm" color="gray" variant="outline">
                {t('invProjects.detail.stale')}
              </Badge>
            ) : null}
          </Group>
        }
      />
      <Stack gap="lg">
        {project.returnReason && project.status === 'returned' ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('invProjects.detail.returned')}
          >
            {project.returnReason}
          </Alert>
        ) : null}
        <ProjectOwnerActions project={project} />
        {project.permissions.moderate ? (
          <Card withBorder>
            <Stack gap="xs">
              <Text fw={600}>{t('invProjects.moderation.decide')}</Text>
              <ProjectModerationActions projectId={project.id} />
            </Stack>
          </Card>
        ) : null}
        <UserText value={project.summary} />
        <MetaList items={facts} />
        {project.keywords.length > 0 ? (
          <Group gap={6}>
            {project.keywords.map((keyword) => (
              <Badge key={keyword} variant="outline" size="sm" tt="none">
                {keyword}
              </Badge>
            ))}
          </Group>
        ) : null}
        {points.length > 0 ? (
          <section>
            <SectionTitle>{t('invProjects.detail.location')}</SectionTitle>
            <RegionMap points={points} height={280} ariaLabel={t('invProjects.detail.location')} />
          </section>
        ) : null}
        <section>
          <SectionTitle>{t('invProjects.detail.contact')}</SectionTitle>
          {project.contact ? (
            <MetaList
              items={[
                { label: t('invProjects.field.contactName'), value: project.contact.name },
                {
                  label: t('invProjects.field.contactEmail'),
                  value: <Anchor href={`mailto:${project.contact.email}`}>{project.contact.email}</Anchor>,
                },
                { label: t('invProjects.field.contactPhone'), value: project.contact.phone ?? t('common.notGiven') },
                {
                  label: t('invProjects.field.contactOrganisation'),
                  value: project.contact.organisation ?? t('common.notGiven'),
                },
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('invProjects.detail.contactHidden')}
            </Text>
          )}
        </section>
        <section>
          <SectionTitle>{t('invProjects.detail.documents')}</SectionTitle>
          <ProjectDocuments project={project} />
        </section>
        <section>
          <SectionTitle>{t('invProjects.detail.agenda')}</SectionTitle>
          <AgendaLinks initiativeIds={project.initiativeIds} documentIds={project.documentIds} />
        </section>
        {project.status === 'published' ? (
          <>
            <section>
              <SectionTitle>{t('invProjects.detail.incentives')}</SectionTitle>
              <ProjectIncentives projectId={project.id} />
            </section>
            <ListingMatches kind="project" id={project.id} title={t('invProjects.detail.matches')} />
            <section>
              <SectionTitle>{t('invProjects.detail.interest')}</SectionTitle>
              <ListingInterest kind="project" id={project.id} ownerUserId={project.ownerUserId} />
            </section>
          </>
        ) : null}
        {project.statusHistory ? (
          <section>
            <SectionTitle>{t('invProjects.detail.history')}</SectionTitle>
            <Timeline bulletSize={14} lineWidth={2}>
              {project.statusHistory.map((change) => (
                <Timeline.Item
                  key={`${change.at}-${change.toStatus}`}
                  title={t(`investment.vocab.status.${change.toStatus}`)}
                >
                  <Text size="xs" c="dimmed">
                    {formatTimestamp(change.at, lang)}
                  </Text>
                  {change.reason ? <Text size="sm">{change.reason}</Text> : null}
                </Timeline.Item>
              ))}
            </Timeline>
          </section>
        ) : null}
      </Stack>
    </>
  );
}

export default function ProjectDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const project = useProject(id);
  return (
    <QueryView
      query={project}
      skeleton={<DetailSkeleton />}
      errorTitle={t('invProjects.detail.notFound')}
      back={{ to: '/investment/projects', label: t('invProjects.list.title') }}
    >
      {(data) => <ProjectPage project={data} />}
    </QueryView>
  );
}
