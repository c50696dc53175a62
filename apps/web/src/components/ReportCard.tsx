import { Anchor, Box, Card, Group, List, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconExternalLink, IconMessage2 } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Report } from '../api/types.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate, formatTimestamp } from '../lib/format.ts';
import { useLang } from '../lib/hooks.ts';
import { ReportStatusBadge, ReviewStateBadge } from './Badges.tsx';
import { LText } from './LocalizedText.tsx';

/** One implementation report: what, who, when, how far, the narrative, evidence and the review. */
export function ReportCard({
  report,
  actions,
  headingOrder = 3,
  showInitiative = true,
  collapseNarrative = true,
}: {
  report: Report;
  actions?: ReactNode;
  headingOrder?: 2 | 3;
  showInitiative?: boolean;
  collapseNarrative?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const narrative = <LText value={report.narrative} variant="block" />;
  const [expanded, setExpanded] = useState(false);
  const long =
    collapseNarrative &&
    Math.max(...(['zh', 'ru', 'en'] as const).map((l) => report.narrative[l].text?.length ?? 0)) > 320;
  return (
    <Card withBorder padding="md" component="article" className="data-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Box style={{ minWidth: 0, flex: '1 1 280px' }}>
            <Title order={headingOrder} size="h5" lh={1.4}>
              {showInitiative ? (
                <Anchor component={Link} to={`/initiatives/${encodeURIComponent(report.initiative.id)}`} inherit>
                  <LText value={report.initiative.title} />
                </Anchor>
              ) : (
                t('review.reportFrom', { country: countryName(report.countryCode, lang) })
              )}
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              {showInitiative ? (
                <>
                  <Anchor component={Link} to={`/countries/${report.countryCode}`} size="sm" underline="always">
                    {countryName(report.countryCode, lang)}
                  </Anchor>
                  {' · '}
                </>
              ) : null}
              {t('report.period', {
                from: formatDate(report.periodStart, lang),
                to: formatDate(report.periodEnd, lang),
              })}
            </Text>
          </Box>
          <Group gap={6}>
            <ReportStatusBadge status={report.status} />
            <ReviewStateBadge state={report.reviewState} />
          </Group>
        </Group>
        <Group gap="sm" wrap="nowrap" align="center">
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            {t('report.progress')}
          </Text>
          <Progress
            value={report.progressPercent}
            color="scoTeal.7"
            size="md"
            style={{ flex: 1 }}
            aria-label={t('report.progress')}
            maw={360}
          />
          <Text size="sm" fw={600} className="facet-count" style={{ flex: 'none' }}>
            {report.progressPercent}%
          </Text>
        </Group>
        <Box>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={2}>
            {t('review.narrative')}
          </Text>
          <Text
            component="div"
            size="sm"
            className={long && !expanded ? 'clamped' : undefined}
            id={`narrative-${report.id}`}
          >
            {narrative}
          </Text>
          {long ? (
            <UnstyledButton
              className="text-button"
              mt={4}
              onClick={() => setExpanded((v) => !v)}
              aria-expanded={expanded}
              aria-controls={`narrative-${report.id}`}
            >
              <Text span size="xs" fw={600}>
                {expanded ? t('common.showLessText') : t('common.showMoreText')}
              </Text>
            </UnstyledButton>
          ) : null}
        </Box>
        <Box>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={2}>
            {t('review.evidence')}
          </Text>
          {report.evidenceLinks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.noEvidence')}
            </Text>
          ) : (
            <List size="sm" spacing={2} icon={<IconExternalLink size={14} aria-hidden />} center>
              {report.evidenceLinks.map((link) => (
                <List.Item key={link.url}>
                  <Anchor href={link.url} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                    {link.label}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed" className="url-text">
                    {safeHost(link.url)}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Box>
        {report.reviewNote ? (
          <Card padding="xs" radius="sm" className={`review-note review-note-${report.reviewState}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconMessage2 size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
              <Box>
                <Text size="xs" fw={700}>
                  {t('myReports.reviewNote')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {report.reviewNote}
                </Text>
              </Box>
            </Group>
          </Card>
        ) : null}
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('myReports.submittedAt')}: {formatTimestamp(report.submittedAt, lang)}
            {report.reviewedAt ? ` · ${t('myReports.reviewedAt')}: ${formatTimestamp(report.reviewedAt, lang)}` : ''}
          </Text>
          {actions ? <Group gap="xs">{actions}</Group> : null}
        </Group>
      </Stack>
    </Card>
  );
}

function safeHost(url: string): string {
  try {
    return `(${new URL(url).host})`;
  } catch {
    return '';
  }
}
