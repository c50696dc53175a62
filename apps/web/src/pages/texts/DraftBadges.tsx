import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetings } from '../../api/queries.ts';
import type { Language } from '../../api/types.ts';
import { type Tone, ToneBadge } from '../../components/Badges.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import type { DraftStatus, DraftSummary, SourceProvenance } from './textsApi.ts';

export const draftStatusTone: Record<DraftStatus, Tone> = { pending: 'blue', published: 'green', rejected: 'gray' };

export function DraftStatusBadge({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={draftStatusTone[status]}>{t(`texts.status.${status}`)}</ToneBadge>;
}

export function LanguageBadge({ language }: { language: Language }) {
  const { t } = useTranslation();
  return <ToneBadge tone="gray">{t(`languageName.${language}`)}</ToneBadge>;
}

/** "Official text" or "Unofficial text", with the meaning of unofficial on hover and for screen readers. */
export function SourceProvenanceBadge({ provenance }: { provenance: SourceProvenance }) {
  const { t } = useTranslation();
  return provenance === 'official' ? (
    <ToneBadge tone="navy">{t('texts.provenance.official')}</ToneBadge>
  ) : (
    <span title={t('texts.provenance.unofficialHint')}>
      <ToneBadge tone="amber">{t('texts.provenance.unofficial')}</ToneBadge>
    </span>
  );
}

/** What publishing the draft will do: a new meeting, a replacement text, or a further language version. */
export function DraftModeText({ draft }: { draft: Pick<DraftSummary, 'mode' | 'meetingId' | 'language'> }) {
  const { t } = useTranslation();
  const meetings = useMeetings();
  if (draft.mode === 'new')
    return (
      <Text span size="sm">
        {t('texts.mode.new')}
      </Text>
    );
  const meeting = meetings.data?.items.find((m) => m.id === draft.meetingId);
  const link = (
    <Anchor component={Link} to={`/meetings/${encodeURIComponent(draft.meetingId)}`} size="sm" underline="always">
      {meeting ? <LText value={meeting.title} marker="icon" /> : draft.meetingId}
    </Anchor>
  );
  return (
    <Text span size="sm">
      {draft.mode === 'replace'
        ? t('texts.mode.replacePrefix')
        : t('texts.mode.versionPrefix', { language: t(`languageName.${draft.language}`) })}{' '}
      {link}
    </Text>
  );
}

export function DraftFacts({ draft }: { draft: DraftSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <LanguageBadge language={draft.language} />
      <ToneBadge tone="teal">{t(`texts.kind.${draft.kind}`)}</ToneBadge>
      <SourceProvenanceBadge provenance={draft.provenance} />
    </Group>
  );
}
