import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IncentiveKind } from '../../../../../packages/investment/src/vocabulary.ts';
import { LText } from '../../components/LocalizedText.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { type Incentive, useParks } from './incentivesApi.ts';
import { DemoBadge } from './investmentShared.tsx';
import { IsicName, Money } from './ProjectShared.tsx';

export function IncentiveKindBadge({ kind }: { kind: IncentiveKind }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="light" size="sm">
      {t(`investment.vocab.incentiveKind.${kind}`)}
    </Badge>
  );
}

/** Where a record's facts come from, and when they were read; or that it has no source. */
export function SourceLine({
  url,
  title,
  retrievedOn,
}: {
  url: string | null;
  title: string | null;
  retrievedOn: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!url) {
    return (
      <Text size="xs" c="dimmed">
        {t('invIncentives.source.none')}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {t('invIncentives.source.label')}{' '}
      <Anchor href={url} target="_blank" rel="noopener noreferrer" size="xs" underline="always">
        {title ?? url}
        <IconExternalLink size={11} aria-hidden style={{ marginInlineStart: 2, verticalAlign: '-1px' }} />
      </Anchor>
      {retrievedOn ? ` · ${t('invIncentives.source.retrieved', { date: formatDate(retrievedOn, lang) })}` : null}
    </Text>
  );
}

/** "In force since … until …", "open-ended", or "ended on …". */
export function Validity({ validFrom, validTo }: { validFrom: string | null; validTo: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = new Date().toISOString().slice(0, 10);
  const ended = validTo !== null && validTo < today;
  const from = validFrom ? formatDate(validFrom, lang) : null;
  const to = validTo ? formatDate(validTo, lang) : null;
  let text: string;
  if (ended) text = t('invIncentives.validity.ended', { date: to });
  else if (from && to) text = t('invIncentives.validity.range', { from, to });
  else if (to) text = t('invIncentives.validity.until', { date: to });
  else if (from) text = t('invIncentives.validity.since', { date: from });
  else text = t('invIncentives.validity.open');
  return (
    <Text span size="sm" c={ended ? 'red.8' : undefined}>
      {text}
    </Text>
  );
}

/** Park ids as links with the parks' names. */
export function ParkLinks({ ids }: { ids: string[] }) {
  const parks = useParks({ limit: 500 });
  const byId = new Map((parks.data?.items ?? []).map((park) => [park.id, park]));
  return (
    <>
      {ids.map((id, index) => {
        const park = byId.get(id);
        return (
          <span key={id}>
            {index > 0 ? ', ' : null}
            <Anchor component={Link} to={`/investment/parks/${encodeURIComponent(id)}`}>
              {park ? <LText value={park.name} marker="icon" /> : id}
            </Anchor>
          </span>
        );
      })}
    </>
  );
}

/** Every eligibility condition of an incentive, in words. */
export function EligibilityList({ incentive }: { incentive: Incentive }) {
  const { t } = useTranslation();
  const { eligibility } = incentive;
  const items: { key: string; label: string; value: ReactNode }[] = [];
  const codes = (list: string[]) =>
    list.map((code, index) => (
      <span key={code}>
        {index > 0 ? '; ' : null}
        <IsicName code={code} />
      </span>
    ));
  items.push({
    key: 'sectors',
    label: t('invIncentives.eligibility.sectors'),
    value: eligibility.sectors.length > 0 ? codes(eligibility.sectors) : t('invIncentives.eligibility.anySector'),
  });
  if (eligibility.excludedSectors.length > 0) {
    items.push({
      key: 'excluded',
      label: t('invIncentives.eligibility.excludedSectors'),
      value: codes(eligibility.excludedSectors),
    });
  }
  items.push({
    key: 'regions',
    label: t('invIncentives.eligibility.regions'),
    value:
      eligibility.regions.length > 0 ? eligibility.regions.join(', ') : t('invIncentives.eligibility.wholeCountry'),
  });
  if (eligibility.parkIds.length > 0) {
    items.push({
      key: 'parks',
      label: t('invIncentives.eligibility.parks'),
      value: <ParkLinks ids={eligibility.parkIds} />,
    });
  }
  if (eligibility.minInvestment) {
    items.push({
      key: 'investment',
      label: t('invIncentives.eligibility.minInvestment'),
      value: <Money amount={eligibility.minInvestment.amount} currency={eligibility.minInvestment.currency} />,
    });
  }
  if (eligibility.minJobs !== null) {
    items.push({ key: 'jobs', label: t('invIncentives.eligibility.minJobs'), value: String(eligibility.minJobs) });
  }
  if (eligibility.stages.length > 0) {
    items.push({
      key: 'stages',
      label: t('invIncentives.eligibility.stages'),
      value: eligibility.stages.map((stage) => t(`investment.vocab.stage.${stage}`)).join(', '),
    });
  }
  return (
    <Stack gap="xs">
      <List spacing={6} size="sm">
        {items.map((item) => (
          <List.Item key={item.key}>
            <Text span fw={600} size="sm">
              {item.label}:
            </Text>{' '}
            {item.value}
          </List.Item>
        ))}
      </List>
      {eligibility.otherConditions ? (
        <div>
          <Text fw={600} size="sm">
            {t('invIncentives.eligibility.otherConditions')}
          </Text>
          <LText value={eligibility.otherConditions} variant="block" />
        </div>
      ) : null}
    </Stack>
  );
}

/** An incentive in a list: kind, country, benefit, validity, demo marker and source. */
export function IncentiveCard({ incentive }: { incentive: Incentive }) {
  const lang = useLang();
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <IncentiveKindBadge kind={incentive.kind} />
          <Text size="sm" c="dimmed">
            {countryName(incentive.countryCode, lang)}
          </Text>
          <DemoBadge demo={incentive.demo} />
        </Group>
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/investment/incentives/${encodeURIComponent(incentive.id)}`}>
            <LText value={incentive.title} marker="icon" />
          </Anchor>
        </Title>
        <LText value={incentive.benefit} variant="block" marker="icon" />
        <Validity validFrom={incentive.validFrom} validTo={incentive.validTo} />
        <SourceLine url={incentive.sourceUrl} title={incentive.sourceTitle} retrievedOn={incentive.retrievedOn} />
      </Stack>
    </Card>
  );
}
