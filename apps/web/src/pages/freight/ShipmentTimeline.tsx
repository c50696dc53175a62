import { Card, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/Badges.tsx';
import { ListSkeleton, QueryView } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { DemoBadge, NodeName } from './freightShared.tsx';
import { type ShipmentTimeline as TimelineData, useShipmentTimeline } from './trackingApi.ts';

/** Deviations under an hour read as on time: events are reported to the minute, plans to the hour. */
const onTimeHours = 1;

/** Late or early against the plan, as a badge; nothing when the plan has no time for the point. */
export function DelayBadge({ hours }: { hours: number | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (hours === null) return null;
  if (Math.abs(hours) < onTimeHours)
    return (
      <ToneBadge tone="green" size="xs">
        {t('frTracking.delay.onTime')}
      </ToneBadge>
    );
  const value = formatNumber(Math.round(Math.abs(hours) * 10) / 10, lang);
  return hours > 0 ? (
    <ToneBadge tone="red" size="xs">
      {t('frTracking.delay.late', { hours: value })}
    </ToneBadge>
  ) : (
    <ToneBadge tone="blue" size="xs">
      {t('frTracking.delay.early', { hours: value })}
    </ToneBadge>
  );
}

function ArrivalEstimate({ timeline }: { timeline: TimelineData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { estimate } = timeline;
  const fromEvent = timeline.events.find((event) => event.id === estimate.fromEventId);
  return (
    <Card withBorder padding="md" className="data-card">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {estimate.basis === 'delivered' ? t('frTracking.eta.deliveredAt') : t('frTracking.eta.title')}
        </Text>
        <Group gap="sm" align="baseline" wrap="wrap">
          <Text fz={26} fw={700} lh={1.2} data-testid="eta">
            {formatTimestamp(estimate.estimatedArrival, lang)}
          </Text>
          <DelayBadge hours={estimate.delayHours} />
          {timeline.demo ? <DemoBadge /> : null}
        </Group>
        <Text size="sm">{t('frTracking.eta.planned', { time: formatTimestamp(timeline.plannedArrival, lang) })}</Text>
        <Text size="sm" c="dimmed">
          {estimate.basis === 'plan'
            ? t('frTracking.eta.basisPlan')
            : estimate.basis === 'delivered'
              ? t('frTracking.eta.basisDelivered')
              : t('frTracking.eta.basisEvent', {
                  kind: fromEvent ? t(`freight.vocab.eventKind.${fromEvent.kind}`) : '',
                  time: fromEvent ? formatTimestamp(fromEvent.occurredAt, lang) : '',
                })}
        </Text>
        {estimate.crossingsAhead.length > 0 ? (
          <div>
            <Text size="sm" fw={600}>
              {t('frTracking.eta.dwellAhead')}
            </Text>
            <List size="sm" spacing={2}>
              {estimate.crossingsAhead.map((crossing) => (
                <List.Item key={crossing.nodeId}>
                  <NodeName id={crossing.nodeId} />
                  {crossing.pairNodeId ? (
                    <>
                      {' – '}
                      <NodeName id={crossing.pairNodeId} />
                    </>
                  ) : null}
                  {': '}
                  {crossing.dwellBasis === 'observed'
                    ? t('frTracking.eta.dwellObserved', {
                        hours: formatNumber(crossing.dwellHours, lang),
                        samples: crossing.samples,
                      })
                    : t('frTracking.eta.dwellPlanned', {
                        hours: formatNumber(crossing.dwellHours, lang),
                        needed: estimate.samplesForPlanning,
                      })}
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('frTracking.eta.computed', { time: formatTimestamp(estimate.updatedAt, lang) })}
        </Text>
      </Stack>
    </Card>
  );
}

function TimelineBody({ timeline }: { timeline: TimelineData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const nodeText = (node: TimelineData['events'][number]['node']) => (node ? node.name[lang] || node.name.en : null);
  return (
    <Stack gap="md">
      <ArrivalEstimate timeline={timeline} />
      {timeline.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('frTracking.timeline.empty')}
        </Text>
      ) : null}
      <Timeline
        bulletSize={14}
        lineWidth={2}
        active={timeline.events.length - 1}
        aria-label={t('frTracking.timeline.title')}
      >
        {timeline.events.map((event) => (
          <Timeline.Item
            key={event.id}
            title={
              <Group gap={6} wrap="wrap">
                <Text span fw={600} size="sm">
                  {t(`freight.vocab.eventKind.${event.kind}`)}
                  {event.node ? ` · ${nodeText(event.node)}` : ''}
                </Text>
                <DelayBadge hours={event.deltaHours} />
              </Group>
            }
            color={event.kind === 'exception' ? 'red' : undefined}
          >
            <Text size="xs" c="dimmed">
              {formatTimestamp(event.occurredAt, lang)}
              {event.plannedAt
                ? ` · ${t('frTracking.timeline.plannedAt', { time: formatTimestamp(event.plannedAt, lang) })}`
                : ''}
            </Text>
            <Text size="xs">
              {t('frTracking.timeline.legLine', {
                sequence: event.legSequence,
                mode: t(`freight.vocab.mode.${event.mode}`),
                carrier: event.carrierName,
              })}
            </Text>
            {event.note ? <Text size="sm">{event.note}</Text> : null}
          </Timeline.Item>
        ))}
        {timeline.milestones.map((point) => (
          <Timeline.Item
            key={`${point.legSequence}-${point.kind}-${point.node?.id ?? ''}`}
            lineVariant="dashed"
            title={
              <Text span size="sm" c="dimmed" fw={600}>
                {t(`frTracking.milestone.${point.kind}`)}
                {point.node ? ` · ${nodeText(point.node)}` : ''}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {t('frTracking.timeline.plannedAt', { time: formatTimestamp(point.plannedAt, lang) })} ·{' '}
              {t('frTracking.timeline.legLine', {
                sequence: point.legSequence,
                mode: t(`freight.vocab.mode.${point.mode}`),
                carrier: timeline.legs.find((leg) => leg.sequence === point.legSequence)?.carrierName ?? '',
              })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** One timeline of a shipment's events across all its legs, with the arrival estimate. */
export function ShipmentTimeline({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation();
  const query = useShipmentTimeline(shipmentId);
  return (
    <section aria-labelledby="shipment-timeline-title">
      <Title order={2} size="h3" id="shipment-timeline-title" mb="sm">
        {t('frTracking.timeline.title')}
      </Title>
      <QueryView query={query} skeleton={<ListSkeleton rows={3} height={56} />}>
        {(timeline) => <TimelineBody timeline={timeline} />}
      </QueryView>
    </section>
  );
}
