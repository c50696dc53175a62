import { Anchor, Box, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types.ts';
import { localeTags } from '../../i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import type { AlignmentReport } from './textsApi.ts';

/** A paragraph's text (when known) and where to read it. */
export interface ParagraphRef {
  text: string | null;
  language: Language;
  href?: string;
}

function Count({ label, value, tone }: { label: string; value: number; tone: 'ok' | 'warn' }) {
  const lang = useLang();
  return (
    <Box className={`alignment-count alignment-${tone}`}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" className="facet-count">
        {formatNumber(value, lang)}
      </Text>
    </Box>
  );
}

function ParagraphList({
  title,
  items,
  empty,
}: {
  title: string;
  items: { key: string; label: string; paragraphs: (ParagraphRef | undefined)[]; note?: ReactNode }[];
  empty: string;
}) {
  return (
    <Box>
      <Text size="sm" fw={700} mb={4} component="h3">
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6} component="ul" className="plain-list alignment-list">
          {items.map((item) => (
            <li key={item.key}>
              <Text size="sm" fw={600} span>
                {item.paragraphs[0]?.href ? (
                  <Anchor href={item.paragraphs[0].href} size="sm" fw={600} underline="always">
                    {item.label}
                  </Anchor>
                ) : (
                  item.label
                )}
              </Text>
              {item.note ? (
                <Text size="sm" span>
                  {' — '}
                  {item.note}
                </Text>
              ) : null}
              {item.paragraphs.map((paragraph) =>
                paragraph?.text ? (
                  <Text
                    key={paragraph.language}
                    size="sm"
                    c="dimmed"
                    lineClamp={2}
                    lang={localeTags[paragraph.language]}
                    className="alignment-excerpt"
                  >
                    {paragraph.text}
                  </Text>
                ) : null,
              )}
            </li>
          ))}
        </Stack>
      )}
    </Box>
  );
}

/**
 * How a language version lines up with the primary text: counts, then every paragraph missing from the version,
 * every paragraph only the version has, and every pair that looks wrong — listed in full, never folded away.
 */
export function AlignmentReportView({
  report,
  primaryParagraph,
  versionParagraph,
  pairedParagraph,
}: {
  report: AlignmentReport;
  /** The primary text's paragraph with this ordinal, if the page has it. */
  primaryParagraph: (ordinal: number) => ParagraphRef | undefined;
  /** The version's paragraph with this ordinal, if the page has it. */
  versionParagraph: (ordinal: number) => ParagraphRef | undefined;
  /** The version's paragraph paired with the primary paragraph of this ordinal, if the page knows the pairs. */
  pairedParagraph?: (primaryOrdinal: number) => ParagraphRef | undefined;
}) {
  const { t, i18n } = useTranslation();
  const reason = (code: string) =>
    i18n.exists(`texts.alignment.reason.${code}`) ? t(`texts.alignment.reason.${code}`) : code;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Count label={t('texts.alignment.paired')} value={report.paired} tone="ok" />
        <Count
          label={t('texts.alignment.missing')}
          value={report.missingInVersion.length}
          tone={report.missingInVersion.length > 0 ? 'warn' : 'ok'}
        />
        <Count
          label={t('texts.alignment.extra')}
          value={report.extraInVersion.length}
          tone={report.extraInVersion.length > 0 ? 'warn' : 'ok'}
        />
        <Count
          label={t('texts.alignment.suspect')}
          value={report.suspect.length}
          tone={report.suspect.length > 0 ? 'warn' : 'ok'}
        />
      </SimpleGrid>
      <ParagraphList
        title={t('texts.alignment.missingTitle', { count: report.missingInVersion.length })}
        empty={t('texts.alignment.noneMissing')}
        items={report.missingInVersion.map((ordinal) => ({
          key: `m${ordinal}`,
          label: t('texts.alignment.primaryParagraph', { ordinal }),
          paragraphs: [primaryParagraph(ordinal)],
        }))}
      />
      <ParagraphList
        title={t('texts.alignment.extraTitle', { count: report.extraInVersion.length })}
        empty={t('texts.alignment.noneExtra')}
        items={report.extraInVersion.map((ordinal) => ({
          key: `e${ordinal}`,
          label: t('texts.alignment.versionParagraph', { ordinal }),
          paragraphs: [versionParagraph(ordinal)],
        }))}
      />
      <ParagraphList
        title={t('texts.alignment.suspectTitle', { count: report.suspect.length })}
        empty={t('texts.alignment.noneSuspect')}
        items={report.suspect.map((s) => ({
          key: `s${s.ordinal}`,
          label: t('texts.alignment.primaryParagraph', { ordinal: s.ordinal }),
          note: reason(s.reason),
          paragraphs: [primaryParagraph(s.ordinal), pairedParagraph?.(s.ordinal)],
        }))}
      />
    </Stack>
  );
}
