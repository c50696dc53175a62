import { Anchor, Group, Text, Timeline } from '@mantine/core';
import { IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeDetail } from '../../api/types.ts';
import { StageBadge } from '../../components/Badges.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { stagesFirstSeen } from './mentionSummary.ts';
import './texts.css';

/** "First noted in 2019 · supported 2023 · approved 2025", in the UI language. */
export function MentionSummary({ mentions }: { mentions: InitiativeDetail['mentions'] }) {
  const { t } = useTranslation();
  const steps = stagesFirstSeen(mentions);
  if (steps.length === 0) return null;
  return (
    <Text size="sm" fw={600} className="mention-summary">
      {steps
        .map((step, index) =>
          t(`texts.history.${index === 0 ? 'first' : 'then'}.${step.stage}`, { year: String(step.year) }),
        )
        .join(' · ')}
    </Text>
  );
}

/** Every statement naming the initiative, across all texts and years, oldest first, with the stage each gives. */
export function InitiativeMentions({ mentions }: { mentions: InitiativeDetail['mentions'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (mentions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('texts.history.none')}
      </Text>
    );
  }
  return (
    <>
      <MentionSummary mentions={mentions} />
      <Timeline bulletSize={18} lineWidth={2} color="sco" active={mentions.length} mt="md" className="mention-timeline">
        {mentions.map((mention) => (
          <Timeline.Item
            key={mention.statementId}
            bullet={<IconMessage size={11} aria-hidden />}
            title={
              <Group gap={8} wrap="wrap">
                <Text span fw={700} size="sm" className="facet-count">
                  {mention.meetingDate.slice(0, 4)}
                </Text>
                <Anchor component={Link} to={`/meetings/${encodeURIComponent(mention.meetingId)}`} size="sm">
                  <LText value={mention.meetingTitle} marker="icon" />
                </Anchor>
              </Group>
            }
          >
            <Group gap={8} mt={4} wrap="wrap">
              <StageBadge stage={mention.stage} />
              <Text size="xs" c="dimmed">
                <time dateTime={mention.meetingDate}>{formatDate(mention.meetingDate, lang)}</time>
              </Text>
              <Anchor component={Link} to={`/statements/${encodeURIComponent(mention.statementId)}`} size="xs">
                {t('texts.history.openStatement')}
              </Anchor>
            </Group>
          </Timeline.Item>
        ))}
      </Timeline>
    </>
  );
}
