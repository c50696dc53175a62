import { Alert, Anchor, Badge, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconHelp, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LText } from '../../components/LocalizedText.tsx';
import { ErrorState, SectionTitle } from '../../components/States.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { IncentiveKindBadge, ParkLinks } from './IncentiveShared.tsx';
import { type ProjectIncentives as ProjectIncentivesData, useProjectIncentives } from './incentivesApi.ts';
import { DemoBadge } from './investmentShared.tsx';

type Evaluation = ProjectIncentivesData['items'][number];
type Check = Evaluation['checks'][number];

const outcomeIcon = {
  met: <IconCheck size={14} aria-hidden color="var(--mantine-color-teal-8)" />,
  missed: <IconX size={14} aria-hidden color="var(--mantine-color-red-8)" />,
  cannot_check: <IconHelp size={14} aria-hidden color="var(--mantine-color-orange-8)" />,
};

/** One condition's result in the reader's language, from the figures the API gives. */
function CheckLine({ check }: { check: Check }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { facts } = check;
  const number = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, lang));
  const required = (facts.required ?? [])
    .map((value) => (typeof value === 'number' ? number(value) : value))
    .join(', ');
  const projectValue =
    check.condition === 'stage' && typeof facts.projectValue === 'string'
      ? t(`investment.vocab.stage.${facts.projectValue}`)
      : typeof facts.projectValue === 'number'
        ? number(facts.projectValue)
        : (facts.projectValue ?? '');
  const key =
    check.condition === 'park' && check.outcome === 'met'
      ? `park.met_${facts.parkRule ?? 'region'}`
      : `${check.condition}.${check.outcome}`;
  const text = t(`invIncentives.check.${key}`, {
    value: projectValue,
    required,
    compared: number(facts.compared),
    shortBy: number(facts.shortBy),
    currency: facts.missingRateFor ?? facts.currency ?? '',
    distance: number(facts.distanceKm),
  });
  const rates = Object.entries(facts.ratesUsed ?? {});
  return (
    <List.Item icon={outcomeIcon[check.outcome]}>
      <Text span size="sm">
        <Text span fw={600} size="sm">
          {t(`invIncentives.condition.${check.condition}`)}:
        </Text>{' '}
        {text}
        {check.condition === 'park' && facts.parkId ? (
          <>
            {' '}
            (<ParkLinks ids={[facts.parkId]} />)
          </>
        ) : null}
      </Text>
      {rates.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('invIncentives.check.ratesUsed', {
            rates: rates.map(([currency, date]) => `${currency} ${formatDate(date, lang)}`).join(', '),
          })}
          {facts.demoRateUsed ? ` · ${t('invIncentives.check.demoRate')}` : null}
        </Text>
      ) : null}
    </List.Item>
  );
}

function EvaluationCard({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { incentive } = evaluation;
  return (
    <Card withBorder padding="sm" component="article">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <IncentiveKindBadge kind={incentive.kind} />
          <DemoBadge demo={incentive.demo} />
        </Group>
        <Title order={4} size="h5">
          <Anchor component={Link} to={`/investment/incentives/${encodeURIComponent(incentive.id)}`}>
            <LText value={incentive.title} marker="icon" />
          </Anchor>
        </Title>
        <LText value={incentive.benefit} variant="block" marker="icon" />
        {evaluation.checks.length > 0 ? (
          <List spacing={4} size="sm" center>
            {evaluation.checks.map((check) => (
              <CheckLine key={check.condition} check={check} />
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('invIncentives.project.noConditions')}
          </Text>
        )}
        {evaluation.toConfirm ? (
          <div>
            <Text size="sm" fw={600}>
              {t('invIncentives.project.toConfirm')}
            </Text>
            <LText value={evaluation.toConfirm} variant="block" marker="icon" />
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

const groups = [
  { verdict: 'qualifies', color: 'teal' },
  { verdict: 'undetermined', color: 'orange' },
  { verdict: 'misses', color: 'red' },
] as const;

/** The incentives a project qualifies for and why, those it misses and by what, and what remains to confirm. */
export function ProjectIncentives({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const result = useProjectIncentives(projectId);
  if (result.isPending) return <Skeleton height={160} />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  const { items, evaluatedOn, parkRadiusKm } = result.data;
  return (
    <Stack gap="md" className="project-incentives">
      <Text size="sm" c="dimmed">
        {t('invIncentives.project.intro', { date: formatDate(evaluatedOn, lang), radius: parkRadiusKm })}
      </Text>
      {items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('invIncentives.project.none')}
        </Alert>
      ) : (
        groups.map(({ verdict, color }) => {
          const inGroup = items.filter((item) => item.verdict === verdict);
          if (inGroup.length === 0) return null;
          return (
            <section key={verdict} aria-label={t(`invIncentives.verdict.${verdict}`)}>
              <Group gap="xs" mb="xs">
                <SectionTitle order={3}>{t(`invIncentives.verdict.${verdict}`)}</SectionTitle>
                <Badge color={color} variant="light" component="span">
                  {formatNumber(inGroup.length, lang)}
                </Badge>
              </Group>
              <Stack gap="sm">
                {inGroup.map((evaluation) => (
                  <EvaluationCard key={evaluation.incentive.id} evaluation={evaluation} />
                ))}
              </Stack>
            </section>
          );
        })
      )}
    </Stack>
  );
}
