import {
  Badge,
  Box,
  Button,
  Checkbox,
  CloseButton,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorKinds } from '../../../../packages/agenda/src/vocabulary.ts';
import { useStatements } from '../api/queries.ts';
import type { StatementList } from '../api/types.ts';
import { DateRange } from '../components/DateRange.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { FoldingFilters } from '../components/FoldingFilters.tsx';
import { FollowButton } from '../components/FollowButton.tsx';
import { Pager } from '../components/Pager.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { queryTerms, StatementCard } from '../components/StatementCard.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { countryName } from '../lib/countries.ts';
import { formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 20;

interface FacetOption {
  value: string;
  label: string;
  count: number | null;
}

function FacetGroup({
  title,
  options,
  selected,
  onChange,
  initiallyShown = 8,
  id,
}: {
  title: string;
  options: FacetOption[];
  selected: string[];
  onChange: (values: string[]) => void;
  initiallyShown?: number;
  id: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? options : options.slice(0, initiallyShown);
  // Keep selected values visible even when collapsed.
  for (const value of selected) {
    if (!visible.some((o) => o.value === value)) {
      const option = options.find((o) => o.value === value);
      if (option) visible.push(option);
    }
  }
  return (
    <fieldset className="plain-fieldset facet-group">
      <legend className="field-legend">{title}</legend>
      <Stack gap={6}>
        {visible.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            size="xs"
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value),
              )
            }
            label={
              <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
                <span>{option.label}</span>
                {option.count !== null ? (
                  <Text span size="xs" c="dimmed" className="facet-count">
                    {formatNumber(option.count, lang)}
                  </Text>
                ) : null}
              </Group>
            }
            styles={{ labelWrapper: { flex: 1 }, body: { alignItems: 'flex-start' } }}
          />
        ))}
      </Stack>
      {options.length > initiallyShown ? (
        <UnstyledButton mt={6} className="text-button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          <Group gap={4}>
            {expanded ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
            <Text span size="xs" fw={600}>
              {expanded ? t('common.showFewer') : t('common.showMore', { count: options.length - initiallyShown })}
            </Text>
          </Group>
        </UnstyledButton>
      ) : null}
    </fieldset>
  );
}

function toOptions(
  facet: { value: string; count: number }[] | undefined,
  selected: string[],
  label: (value: string) => string,
): FacetOption[] {
  const list: FacetOption[] = (facet ?? []).map((f) => ({ value: f.value, label: label(f.value), count: f.count }));
  for (const value of selected) {
    if (!list.some((o) => o.value === value)) list.push({ value, label: label(value), count: 0 });
  }
  return list;
}

function Filters({ data }: { data: StatementList | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { get, getList, update } = useUrlFilters();
  const topics = getList('topic');
  const stances = getList('stance');
  const countries = getList('country');
  return (
    <Stack gap="md">
      <Select
        id="filter-actor"
        label={t('statements.actorKind')}
        size="xs"
        data={actorKinds.map((k) => ({ value: k, label: t(`vocab.actorKind.${k}`) }))}
        value={get('actorKind') || null}
        onChange={(value) => update({ actorKind: value ?? '' })}
        placeholder={t('statements.anyActor')}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <DateRange
        size="xs"
        stacked
        legend={t('statements.dateRange')}
        idPrefix="filter-date"
        from={get('from')}
        to={get('to')}
        onChange={(from, to) => update({ from, to })}
      />
      <FacetGroup
        id="facet-topic"
        title={t('statements.topic')}
        options={toOptions(data?.facets?.topic, topics, (v) => t(`vocab.topic.${v}`))}
        selected={topics}
        onChange={(values) => update({ topic: values })}
      />
      {topics.length > 0 ? (
        <Stack gap={4}>
          {topics.map((topic) => (
            <FollowButton
              key={topic}
              targetKind="topic"
              target={topic}
              name={t('alerts.topicNamed', { name: t(`vocab.topic.${topic}`) })}
              showName
              size="compact-xs"
            />
          ))}
        </Stack>
      ) : null}
      <FacetGroup
        id="facet-stance"
        title={t('statements.stance')}
        options={toOptions(data?.facets?.stance, stances, (v) => t(`vocab.stance.${v}`))}
        selected={stances}
        onChange={(values) => update({ stance: values })}
      />
      <FacetGroup
        id="facet-country"
        title={t('statements.country')}
        options={toOptions(data?.facets?.country, countries, (v) => countryName(v, lang))}
        selected={countries}
        onChange={(values) => update({ country: values })}
        initiallyShown={10}
      />
    </Stack>
  );
}

function ActiveFilters() {
  const { t } = useTranslation();
  const lang = useLang();
  const { get, getList, update, clear } = useUrlFilters();
  const chips: { key: string; label: string; remove: () => void }[] = [];
  for (const topic of getList('topic'))
    chips.push({
      key: `t-${topic}`,
      label: t(`vocab.topic.${topic}`),
      remove: () => update({ topic: getList('topic').filter((v) => v !== topic) }),
    });
  for (const stance of getList('stance'))
    chips.push({
      key: `s-${stance}`,
      label: t(`vocab.stance.${stance}`),
      remove: () => update({ stance: getList('stance').filter((v) => v !== stance) }),
    });
  for (const country of getList('country'))
    chips.push({
      key: `c-${country}`,
      label: countryName(country, lang),
      remove: () => update({ country: getList('country').filter((v) => v !== country) }),
    });
  if (get('actorKind'))
    chips.push({ key: 'a', label: t(`vocab.actorKind.${get('actorKind')}`), remove: () => update({ actorKind: '' }) });
  if (get('from'))
    chips.push({ key: 'from', label: `${t('common.from')} ${get('from')}`, remove: () => update({ from: '' }) });
  if (get('to')) chips.push({ key: 'to', label: `${t('common.to')} ${get('to')}`, remove: () => update({ to: '' }) });
  for (const key of ['meeting', 'document', 'event', 'initiative'] as const) {
    if (get(key))
      chips.push({ key, label: `${t(`vocab.factKind.${key}`)}: ${get(key)}`, remove: () => update({ [key]: '' }) });
  }
  if (chips.length === 0 && !get('q')) return null;
  return (
    <Group gap={6} wrap="wrap" mb="sm">
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          variant="outline"
          className="tone tone-blue"
          size="lg"
          rightSection={
            <CloseButton
              size="xs"
              onClick={chip.remove}
              aria-label={t('statements.removeFilter', { name: chip.label })}
              c="sco.8"
            />
          }
        >
          {chip.label}
        </Badge>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={clear}>
        {t('common.clearFilters')}
      </Button>
    </Group>
  );
}

export default function Statements() {
  const { t } = useTranslation();
  useDocumentTitle(t('statements.title'));
  const { get, getList, page, update } = useUrlFilters();
  const q = get('q');
  const query = {
    q,
    topic: getList('topic'),
    stance: getList('stance'),
    country: getList('country'),
    actorKind: get('actorKind'),
    meeting: get('meeting'),
    document: get('document'),
    event: get('event'),
    initiative: get('initiative'),
    from: get('from'),
    to: get('to'),
    facets: 'true',
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const statements = useStatements(query);
  const terms = queryTerms(q);

  const filters = (
    <Paper withBorder p="md" component="aside" aria-label={t('common.filters')} className="filters-panel">
      <Filters data={statements.data} />
    </Paper>
  );

  return (
    <>
      <PageHeader
        title={t('statements.title')}
        intro={t('statements.intro')}
        actions={<ExportButtons list="statements" filters={query} what={t('statements.title')} />}
      />
      <Box mb="md" maw={720}>
        <SearchBox
          id="statement-search"
          label={t('statements.searchLabel')}
          placeholder={t('statements.searchPlaceholder')}
          value={q}
          onSearch={(value) => update({ q: value })}
        />
      </Box>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <FoldingFilters id="statement-filters" minWidth="62em">
            {filters}
          </FoldingFilters>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <section aria-label={t('statements.resultsLabel')}>
            <ActiveFilters />
            {statements.isPending ? (
              <ListSkeleton rows={5} height={120} />
            ) : statements.isError ? (
              <ErrorState error={statements.error} onRetry={() => void statements.refetch()} />
            ) : statements.data.items.length === 0 ? (
              <EmptyState title={t('common.noResults')}>{t('statements.emptyFiltered')}</EmptyState>
            ) : (
              <Stack
                gap="sm"
                style={{ opacity: statements.isPlaceholderData ? 0.6 : 1 }}
                aria-busy={statements.isFetching}
              >
                {statements.data.items.map((statement) => (
                  <StatementCard key={statement.id} statement={statement} highlight={terms} headingOrder={2} />
                ))}
                <Pager
                  total={statements.data.total}
                  page={page}
                  pageSize={pageSize}
                  onChange={(next) => {
                    update({ page: next });
                    window.scrollTo({ top: 0 });
                  }}
                />
              </Stack>
            )}
          </section>
        </Grid.Col>
      </Grid>
    </>
  );
}
