import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeStage, ReportStatus, ReviewState, Stance, Topic } from '../api/types.ts';

export type Tone = 'blue' | 'teal' | 'green' | 'amber' | 'red' | 'violet' | 'gray' | 'navy';

/** A badge in one of the platform's tones (colours chosen for AA contrast, see styles.css). */
export function ToneBadge({
  tone,
  children,
  size = 'sm',
  ...rest
}: { tone: Tone; children: ReactNode; size?: BadgeProps['size'] } & Omit<BadgeProps, 'color' | 'variant'>) {
  return (
    <Badge component="span" size={size} variant="outline" className={`tone tone-${tone}`} {...rest}>
      {children}
    </Badge>
  );
}

export const stageTone: Record<InitiativeStage, Tone> = {
  proposed: 'gray',
  noted: 'blue',
  supported: 'teal',
  approved: 'navy',
  in_progress: 'violet',
  implemented: 'green',
  stalled: 'amber',
  withdrawn: 'red',
};

export const reviewTone: Record<ReviewState, Tone> = { submitted: 'blue', accepted: 'green', returned: 'amber' };
export const reportStatusTone: Record<ReportStatus, Tone> = {
  not_started: 'gray',
  in_progress: 'violet',
  completed: 'green',
  delayed: 'red',
};

export function StanceBadge({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  return <ToneBadge tone="navy">{t(`vocab.stance.${stance}`)}</ToneBadge>;
}

export function TopicBadge({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  return <ToneBadge tone="teal">{t(`vocab.topic.${topic}`)}</ToneBadge>;
}

export function StageBadge({ stage, size }: { stage: InitiativeStage; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={stageTone[stage]} size={size}>
      {t(`vocab.stage.${stage}`)}
    </ToneBadge>
  );
}

export function ReviewStateBadge({ state }: { state: ReviewState }) {
  const { t } = useTranslation();
  return <ToneBadge tone={reviewTone[state]}>{t(`vocab.reviewState.${state}`)}</ToneBadge>;
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={reportStatusTone[status]}>{t(`vocab.reportStatus.${status}`)}</ToneBadge>;
}
