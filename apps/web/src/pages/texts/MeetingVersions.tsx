import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../api/types.ts';
import { AlignmentReportView } from './AlignmentReportView.tsx';
import { LanguageBadge, SourceProvenanceBadge } from './DraftBadges.tsx';
import './texts.css';

/** The source of a meeting's text: official, or an unofficial restatement, with where it came from. */
export function MeetingSourceValue({ meeting }: { meeting: MeetingDetail }) {
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6}>
        <LanguageBadge language={meeting.sourceLanguage} />
        <SourceProvenanceBadge provenance={meeting.sourceProvenance} />
      </Group>
      {meeting.sourceNote ? <Text size="sm">{meeting.sourceNote}</Text> : null}
    </Stack>
  );
}

/** Further language versions of the text, each with how its paragraphs line up with the primary text. */
export function MeetingVersions({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  if (meeting.versions.length === 0) return null;
  const primary = (ordinal: number) => {
    const statement = meeting.statements.find((s) => s.ordinal === ordinal);
    return {
      text: statement?.text[meeting.sourceLanguage]?.text ?? null,
      language: meeting.sourceLanguage,
      href: `#p-${ordinal}`,
    };
  };
  return (
    <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="versions-title">
      <Title order={2} size="h4" id="versions-title" mb={4}>
        {t('texts.versions.title', { count: meeting.versions.length })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('texts.versions.intro', { language: t(`languageName.${meeting.sourceLanguage}`) })}
      </Text>
      <Stack gap="xl">
        {meeting.versions.map((version) => (
          <section key={version.language} aria-labelledby={`version-${version.language}`} className="meeting-version">
            <Group gap={8} mb="xs" wrap="wrap">
              <Title order={3} size="h5" id={`version-${version.language}`}>
                {t('texts.versions.version', { language: t(`languageName.${version.language}`) })}
              </Title>
              <SourceProvenanceBadge provenance={version.provenance} />
            </Group>
            {version.sourceNote ? (
              <Text size="sm" mb="xs">
                {version.sourceNote}
              </Text>
            ) : null}
            <AlignmentReportView
              report={version.alignment}
              primaryParagraph={primary}
              versionParagraph={() => undefined}
            />
          </section>
        ))}
      </Stack>
    </Card>
  );
}
