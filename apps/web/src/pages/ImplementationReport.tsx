import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconInfoCircle, IconLanguage, IconPrinter } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  ImplementationReport as Report,
  ReportInitiative,
} from '../../../../packages/agenda/src/implementation-report/implementation-report-contract.ts';
import { topics as topicCodes } from '../../../../packages/agenda/src/vocabulary.ts';
import { api, apiBase, toSearch } from '../api/client.ts';
import type { Language, LocalizedText, Topic } from '../api/types.ts';
import { stageTone, ToneBadge } from '../components/Badges.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { DateRange } from '../components/DateRange.tsx';
import { DetailSkeleton, ErrorState, PageHeader } from '../components/States.tsx';
import { isLanguage, localeTags, uiLanguages } from '../i18n.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate, formatDateRange, formatNumber, formatTimestamp } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { pickText } from '../lib/localized.ts';
import { useUrlFilters } from '../lib/searchParams.ts';
import './ImplementationReport.css';

/** The annual report covers the last full calendar year unless the user picks another period. */
const lastYear = () => new Date().getUTCFullYear() - 1;

interface ReportQuery {
  from: string;
  to: string;
  topics: string[];
  lang: Language;
}

/** "Trade, Finance and Energy", "贸易、金融和能源": lists as the report's language writes them. */
const listIn = (language: Language, items: string[]) =>
  new Intl.ListFormat(localeTags[language], { style: 'long', type: 'conjunction' }).format(items);

const reportUrl = (format: 'pdf' | 'csv' | 'json', query: ReportQuery) =>
  `${apiBase}/implementation-report.${format}${toSearch({ ...query })}`;

function ReportDownload({ href, icon: Icon, label }: { href: string; icon: typeof IconDownload; label: string }) {
  return (
    <Button component="a" href={href} download size="xs" variant="default" leftSection={<Icon size={14} aria-hidden />}>
      {label}
    </Button>
  );
}

/** A trilingual text in the report's language, marked when it is an unofficial translation or missing. */
function ReportText({ value, tr, language }: { value: LocalizedText | null; tr: TFunction; language: Language }) {
  const picked = pickText(value, language);
  if (!picked) return null;
  const text =
    picked.language === language ? picked.text : <span lang={localeTags[picked.language]}>{picked.text}</span>;
  if (picked.substituted) {
    const source = tr(`languageName.${picked.language}`);
    return (
      <>
        {text}{' '}
        <Badge
          component="span"
          size="xs"
          variant="outline"
          className="tone tone-gray badge-missing"
          title={tr('provenance.missing', { language: tr(`languageName.${language}`), source })}
        >
          {tr('provenance.missingShort', { source })}
        </Badge>
      </>
    );
  }
  if (picked.provenance !== 'unofficial_translation') return <>{text}</>;
  return (
    <>
      {text}{' '}
      <Badge
        component="span"
        size="xs"
        variant="outline"
        radius="sm"
        leftSection={<IconLanguage size={11} aria-hidden />}
        className="badge-unofficial"
        title={tr('provenance.unofficialHint')}
      >
        {tr('provenance.unofficial')}
      </Badge>
    </>
  );
}

function CountTable({
  caption,
  rows,
  tr,
  language,
}: {
  caption: string;
  rows: { label: string; count: number }[];
  tr: TFunction;
  language: Language;
}) {
  return (
    <Table withTableBorder fz="sm" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{caption}</Table.Th>
          <Table.Th scope="col" ta="right">
            {tr('implementationReport.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={2} c="dimmed">
              {tr('implementationReport.none')}
            </Table.Td>
          </Table.Tr>
        ) : (
          rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.count, language)}</Table.Td>
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
    </Table>
  );
}

function InitiativeEntry({
  initiative,
  tr,
  language,
}: {
  initiative: ReportInitiative;
  tr: TFunction;
  language: Language;
}) {
  const lead = [
    initiative.leadCountryCode ? countryName(initiative.leadCountryCode, language) : null,
    initiative.leadBody ? <ReportText key="body" value={initiative.leadBody} tr={tr} language={language} /> : null,
  ].filter(Boolean);
  return (
    <Card withBorder padding="md" component="article" className="report-initiative">
      <Title order={4} fz="md" mb={6}>
        <ReportText value={initiative.title} tr={tr} language={language} />
      </Title>
      <dl className="report-facts">
        <dt>{tr('implementationReport.currentStage')}</dt>
        <dd>
          <ToneBadge tone={stageTone[initiative.stage]}>{tr(`vocab.stage.${initiative.stage}`)}</ToneBadge>{' '}
          <Text span size="xs" c="dimmed">
            {formatDate(initiative.stageChangedOn, language)}
          </Text>
        </dd>
        <dt>{tr('implementationReport.topics')}</dt>
        <dd>
          {listIn(
            language,
            initiative.topics.map((topic) => tr(`vocab.topic.${topic}`)),
          )}
        </dd>
        {lead.length > 0 ? (
          <>
            <dt>{tr('implementationReport.lead')}</dt>
            <dd>{lead.map((part, index) => (index === 0 ? part : [' · ', part]))}</dd>
          </>
        ) : null}
        {initiative.dueOn ? (
          <>
            <dt>{tr('implementationReport.dueOn')}</dt>
            <dd>{formatDate(initiative.dueOn, language)}</dd>
          </>
        ) : null}
      </dl>
      {initiative.stageChanges.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {tr('implementationReport.noStageChanges')}
        </Text>
      ) : (
        <Box mt="xs">
          <Text size="sm" fw={600} mb={4}>
            {tr('implementationReport.stageChanges')}
          </Text>
          <Stack gap="xs" component="ol" className="plain-list report-changes">
            {initiative.stageChanges.map((change) => (
              <li key={`${change.changedOn}-${change.toStage}`}>
                <Text size="sm" fw={600}>
                  {formatDate(change.changedOn, language)} ·{' '}
                  {change.fromStage ? `${tr(`vocab.stage.${change.fromStage}`)} → ` : ''}
                  {tr(`vocab.stage.${change.toStage}`)}
                </Text>
                {change.statement ? (
                  <>
                    <Text size="sm">
                      {tr('implementationReport.basis')}:{' '}
                      <ReportText value={change.statement.meetingTitle} tr={tr} language={language} />,{' '}
                      {tr('implementationReport.paragraph', { ordinal: change.statement.ordinal })}
                    </Text>
                    <Text size="xs" c="dimmed" component="blockquote" className="report-quote">
                      <ReportText value={change.statement.text} tr={tr} language={language} />
                    </Text>
                  </>
                ) : change.reportId ? (
                  <Text size="sm">
                    {tr('implementationReport.basis')}: {tr('implementationReport.acceptedReport')}
                  </Text>
                ) : null}
                {change.note ? <Text size="xs">{change.note}</Text> : null}
              </li>
            ))}
          </Stack>
        </Box>
      )}
    </Card>
  );
}

/** The report in its own language, whatever the language of the interface. */
function ReportView({ report }: { report: Report }) {
  const language = report.language;
  const { t: tr } = useTranslation(undefined, { lng: language });
  const { summary } = report;
  const topicsText =
    report.topics.length === 0
      ? tr('implementationReport.allTopics')
      : listIn(
          language,
          report.topics.map((topic) => tr(`vocab.topic.${topic}`)),
        );
  const figures = [
    ['initiativeCount', summary.initiatives],
    ['stageChangeCount', summary.stageChanges],
    ['reportCount', summary.reports],
    ['eventCount', summary.events],
  ] as const;
  return (
    <Box
      component="article"
      lang={localeTags[language]}
      className="implementation-report"
      aria-labelledby="report-heading"
    >
      <Stack gap={2} mb="md">
        <Title order={2} size="h3" id="report-heading" className="report-heading">
          {tr('implementationReport.heading')}
        </Title>
        <Text size="sm">
          {tr('implementationReport.periodLine', {
            from: formatDate(report.period.from, language),
            to: formatDate(report.period.to, language),
          })}
        </Text>
        <Text size="sm">{tr('implementationReport.topicsLine', { topics: topicsText })}</Text>
        <Text size="xs" c="dimmed">
          {tr('implementationReport.generatedLine', { date: formatTimestamp(report.generatedAt, language) })}
        </Text>
      </Stack>

      <section aria-labelledby="report-summary">
        <Title order={3} id="report-summary" className="section-title">
          {tr('implementationReport.summary')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md" component="ul" className="plain-list">
          {figures.map(([key, value]) => (
            <Card key={key} withBorder padding="sm" component="li" className="report-figure">
              <Text fz={26} fw={700} c="sco.8" lh={1.1}>
                {formatNumber(value, language)}
              </Text>
              <Text size="sm">{tr(`implementationReport.${key}`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mb="lg" style={{ alignItems: 'start' }}>
          <CountTable
            caption={tr('implementationReport.byStage')}
            rows={summary.initiativesByStage.map((row) => ({
              label: tr(`vocab.stage.${row.value}`),
              count: row.count,
            }))}
            tr={tr}
            language={language}
          />
          <CountTable
            caption={tr('implementationReport.byTopic')}
            rows={summary.initiativesByTopic.map((row) => ({
              label: tr(`vocab.topic.${row.value}`),
              count: row.count,
            }))}
            tr={tr}
            language={language}
          />
          <CountTable
            caption={tr('implementationReport.byCountry')}
            rows={summary.reportsByCountry.map((row) => ({
              label: countryName(row.value, language),
              count: row.count,
            }))}
            tr={tr}
            language={language}
          />
        </SimpleGrid>
      </section>

      <section aria-labelledby="report-initiatives">
        <Title order={3} id="report-initiatives" className="section-title">
          {tr('implementationReport.initiatives')}
        </Title>
        {report.initiatives.length === 0 ? (
          <Text c="dimmed">{tr('implementationReport.none')}</Text>
        ) : (
          <Stack gap="sm" mb="lg">
            {report.initiatives.map((initiative) => (
              <InitiativeEntry key={initiative.id} initiative={initiative} tr={tr} language={language} />
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="report-reports">
        <Title order={3} id="report-reports" className="section-title">
          {tr('implementationReport.reports')}
        </Title>
        {report.reports.length === 0 ? (
          <Text c="dimmed" mb="lg">
            {tr('implementationReport.none')}
          </Text>
        ) : (
          <DataTable
            caption={tr('implementationReport.reports')}
            rows={report.reports}
            rowKey={(item) => item.id}
            columns={[
              {
                key: 'country',
                header: tr('implementationReport.country'),
                primary: true,
                width: 130,
                render: (item) => countryName(item.countryCode, language),
              },
              {
                key: 'initiative',
                header: tr('implementationReport.initiative'),
                render: (item) => <ReportText value={item.initiative.title} tr={tr} language={language} />,
              },
              {
                key: 'period',
                header: tr('implementationReport.reportPeriod'),
                render: (item) => formatDateRange(item.periodStart, item.periodEnd, language),
              },
              {
                key: 'status',
                header: tr('implementationReport.status'),
                render: (item) => tr(`vocab.reportStatus.${item.status}`),
              },
              {
                key: 'progress',
                header: tr('implementationReport.progress'),
                align: 'right',
                width: 110,
                render: (item) => `${formatNumber(item.progressPercent, language)}%`,
              },
              {
                key: 'narrative',
                header: tr('implementationReport.narrative'),
                render: (item) => <ReportText value={item.narrative} tr={tr} language={language} />,
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="report-events">
        <Title order={3} id="report-events" className="section-title">
          {tr('implementationReport.events')}
        </Title>
        {report.events.length === 0 ? (
          <Text c="dimmed">{tr('implementationReport.none')}</Text>
        ) : (
          <DataTable
            caption={tr('implementationReport.events')}
            rows={report.events}
            rowKey={(event) => event.id}
            columns={[
              {
                key: 'event',
                header: tr('implementationReport.event'),
                primary: true,
                render: (event) => <ReportText value={event.name} tr={tr} language={language} />,
              },
              {
                key: 'date',
                header: tr('implementationReport.date'),
                width: 200,
                render: (event) => formatDateRange(event.start, event.end, language),
              },
              {
                key: 'place',
                header: tr('implementationReport.place'),
                width: 180,
                render: (event) =>
                  event.place ? (
                    <ReportText value={event.place} tr={tr} language={language} />
                  ) : event.hostCountryCode ? (
                    countryName(event.hostCountryCode, language)
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {tr('common.notGiven')}
                    </Text>
                  ),
              },
              {
                key: 'format',
                header: tr('implementationReport.format'),
                width: 130,
                render: (event) => tr(`vocab.eventFormat.${event.format}`),
              },
            ]}
          />
        )}
      </section>

      <Text size="xs" c="dimmed" mt="lg" className="report-source">
        <IconInfoCircle size={12} aria-hidden style={{ verticalAlign: '-2px', marginInlineEnd: 4 }} />
        {tr('implementationReport.source')}
      </Text>
    </Box>
  );
}

export default function ImplementationReport() {
  const { t } = useTranslation();
  const uiLanguage = useLang();
  useDocumentTitle(t('implementationReport.title'));
  const { get, getList, update } = useUrlFilters();
  const year = lastYear();
  const requestedLanguage = get('lang');
  const query: ReportQuery = {
    from: get('from') || `${year}-01-01`,
    to: get('to') || `${year}-12-31`,
    topics: getList('topics'),
    lang: isLanguage(requestedLanguage) ? requestedLanguage : uiLanguage,
  };
  const validPeriod = Boolean(query.from && query.to && query.from <= query.to);
  const report = useQuery({
    queryKey: ['implementation-report', query],
    queryFn: ({ signal }) => api.get<Report>('/implementation-report', { ...query }, signal),
    enabled: validPeriod,
    placeholderData: keepPreviousData,
  });
  const topicOptions = topicCodes
    .map((topic: Topic) => ({ value: topic, label: t(`vocab.topic.${topic}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, localeTags[uiLanguage]));

  return (
    <>
      <PageHeader title={t('implementationReport.title')} intro={t('implementationReport.intro')} />
      <Paper
        withBorder
        p="md"
        mb="lg"
        component="section"
        aria-label={t('implementationReport.settings')}
        className="report-controls"
      >
        <Group align="flex-end" gap="md" wrap="wrap">
          <Box style={{ flex: '1 1 300px' }} maw={440}>
            <DateRange
              legend={t('implementationReport.period')}
              idPrefix="report-period"
              from={query.from}
              to={query.to}
              onChange={(from, to) => update({ from, to })}
            />
          </Box>
          <MultiSelect
            id="report-topics"
            label={t('implementationReport.topics')}
            placeholder={query.topics.length ? undefined : t('implementationReport.allTopics')}
            data={topicOptions}
            value={query.topics}
            onChange={(value) => update({ topics: value })}
            searchable
            clearable
            w={{ base: '100%', xs: 300 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Box>
            <Text size="sm" fw={500} mb={4} id="report-language-label">
              {t('implementationReport.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="report-language-label"
              value={query.lang}
              onChange={(value) => update({ lang: value })}
              data={uiLanguages.map((language) => ({
                value: language,
                label: <span lang={localeTags[language]}>{t(`language.${language}`)}</span>,
              }))}
            />
          </Box>
        </Group>
        <Group gap="xs" mt="md" wrap="wrap">
          <Button
            size="xs"
            leftSection={<IconPrinter size={14} aria-hidden />}
            onClick={() => window.print()}
            disabled={!report.isSuccess}
          >
            {t('implementationReport.print')}
          </Button>
          {validPeriod ? (
            <>
              <ReportDownload
                href={reportUrl('pdf', query)}
                icon={IconFileTypePdf}
                label={t('implementationReport.downloadPdf')}
              />
              <ReportDownload href={reportUrl('csv', query)} icon={IconDownload} label={t('exports.downloadCsv')} />
              <ReportDownload href={reportUrl('json', query)} icon={IconDownload} label={t('exports.downloadJson')} />
            </>
          ) : null}
        </Group>
      </Paper>
      {!validPeriod ? (
        <Alert color="red" variant="light" role="alert">
          {t('implementationReport.invalidPeriod')}
        </Alert>
      ) : report.isPending ? (
        <DetailSkeleton />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Box style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} aria-busy={report.isFetching}>
          <ReportView report={report.data} />
        </Box>
      )}
    </>
  );
}
