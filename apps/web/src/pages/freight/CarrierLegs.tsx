import { Anchor, Button, Card, Group, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nodeRequiredKinds } from '../../../../../packages/freight/src/tracking/tracking-rules.ts';
import { type TrackingEventKind, trackingEventKinds } from '../../../../../packages/freight/src/vocabulary.ts';
import { isApiError } from '../../api/client.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { EmptyState, ErrorAlert, ListSkeleton, PageHeader, QueryView } from '../../components/States.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { DemoBadge } from './freightShared.tsx';
import { type CarrierLeg, type RecordedEvent, useCarrierLegs, usePostTrackingEvent } from './trackingApi.ts';

const legTone = { planned: 'gray', in_progress: 'blue', completed: 'green' } as const;

/** The current minute as `datetime-local` expects it, in the browser's time zone. */
function localNow() {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function PostEventForm({
  leg,
  opened,
  onClose,
  onPosted,
}: {
  leg: CarrierLeg;
  opened: boolean;
  onClose: () => void;
  onPosted: (event: RecordedEvent | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const post = usePostTrackingEvent();
  const [kind, setKind] = useState<TrackingEventKind | null>(null);
  const [occurredAt, setOccurredAt] = useState(localNow);
  // The field shows the minute; left as shown, it means "now", sent to the second so that an event posted in the
  // minute the shipment was booked does not land before the booking.
  const [timeEdited, setTimeEdited] = useState(false);
  const [nodeId, setNodeId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  // One key per submitted event: a second click or a retry of the same values sends the same key and the same time,
  // so the server records the event once; any change of the values makes it another event with a new key.
  const submission = useRef<{ key: string; occurredAt: string } | null>(null);
  const edited = () => {
    submission.current = null;
  };
  const nodeNeeded = kind !== null && nodeRequiredKinds.has(kind);

  const submit = () => {
    if (!kind || post.isPending) return;
    submission.current ??= {
      key: crypto.randomUUID(),
      occurredAt: (timeEdited ? new Date(occurredAt) : new Date()).toISOString(),
    };
    post.mutate(
      {
        shipmentId: leg.shipmentId,
        legId: leg.id,
        idempotencyKey: submission.current.key,
        event: {
          kind,
          occurredAt: submission.current.occurredAt,
          nodeId: nodeId ?? undefined,
          note: note.trim() || undefined,
        },
      },
      {
        onSuccess: (recorded) => {
          submission.current = null;
          onPosted(recorded);
        },
        onError: (error) => {
          // The same submission already went through (an earlier click or a lost answer): it is recorded once.
          if (isApiError(error) && error.status === 409 && error.code === 'conflict') {
            submission.current = null;
            onPosted(null);
          }
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('frTracking.post.title', { reference: leg.reference, sequence: leg.sequence })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('frTracking.post.kind')}
            data={trackingEventKinds.map((value) => ({ value, label: t(`freight.vocab.eventKind.${value}`) }))}
            value={kind}
            onChange={(value) => {
              edited();
              setKind(value as TrackingEventKind | null);
            }}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="datetime-local"
            label={t('frTracking.post.occurredAt')}
            description={t('frTracking.post.occurredAtHelp')}
            value={occurredAt}
            onChange={(event) => {
              edited();
              setTimeEdited(true);
              setOccurredAt(event.currentTarget.value);
            }}
            required
          />
          <Select
            label={t('frTracking.post.node')}
            description={nodeNeeded ? t('frTracking.post.nodeNeeded') : t('frTracking.post.nodeOptional')}
            data={leg.viaNodes.map((node) => ({ value: node.id, label: node.name[lang] || node.name.en }))}
            value={nodeId}
            onChange={(value) => {
              edited();
              setNodeId(value);
            }}
            required={nodeNeeded}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('frTracking.post.note')}
            value={note}
            onChange={(event) => {
              edited();
              setNote(event.currentTarget.value);
            }}
            maxLength={2000}
            autosize
            minRows={2}
          />
          {post.isError && !(isApiError(post.error) && post.error.code === 'conflict') ? (
            <ErrorAlert error={post.error} />
          ) : null}
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={post.isPending} disabled={!kind || !occurredAt || (nodeNeeded && !nodeId)}>
              {t('frTracking.post.submit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function LegCard({ leg, onPost }: { leg: CarrierLeg; onPost: (leg: CarrierLeg) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const first = leg.viaNodes[0];
  const last = leg.viaNodes.at(-1);
  const name = (node: CarrierLeg['viaNodes'][number] | undefined) => (node ? node.name[lang] || node.name.en : '');
  const open = leg.status !== 'completed' && leg.shipmentStatus !== 'delivered' && leg.shipmentStatus !== 'cancelled';
  return (
    <Card withBorder padding="md" component="li" className="data-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h5">
            <Anchor component={Link} to={`/freight/shipments/${leg.shipmentId}`}>
              {leg.reference}
            </Anchor>{' '}
            · {t('frTracking.legs.leg', { sequence: leg.sequence })} · {t(`freight.vocab.mode.${leg.mode}`)}
          </Title>
          <Group gap={4}>
            {leg.demo ? <DemoBadge /> : null}
            <ToneBadge tone={legTone[leg.status]} size="sm">
              {t(`freight.vocab.legStatus.${leg.status}`)}
            </ToneBadge>
          </Group>
        </Group>
        <Text size="sm" fw={500}>
          {name(first)} → {name(last)}
        </Text>
        {leg.viaNodes.length > 2 ? (
          <Text size="xs" c="dimmed">
            {t('frTracking.legs.via', {
              stations: leg.viaNodes
                .slice(1, -1)
                .map((node) => name(node))
                .join(' · '),
            })}
          </Text>
        ) : null}
        <Text size="xs">
          {t('frTracking.legs.planned', {
            from: formatTimestamp(leg.plannedDeparture, lang),
            to: formatTimestamp(leg.plannedArrival, lang),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {leg.lastEvent
            ? t('frTracking.legs.lastEvent', {
                kind: t(`freight.vocab.eventKind.${leg.lastEvent.kind}`),
                time: formatTimestamp(leg.lastEvent.occurredAt, lang),
              })
            : t('frTracking.legs.noEvent')}
        </Text>
        {open ? (
          <Group>
            <Button size="xs" onClick={() => onPost(leg)}>
              {t('frTracking.legs.postEvent')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The carrier's legs, open ones first, each with a form to post its next status event. */
export default function CarrierLegs() {
  const { t } = useTranslation();
  useDocumentTitle(t('frTracking.legs.title'));
  const query = useCarrierLegs();
  const [posting, setPosting] = useState<CarrierLeg | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('frTracking.legs.title')} intro={t('frTracking.legs.intro')} />
      {notice ? (
        <SuccessNotice onClose={() => setNotice(null)} role="status">
          {notice}
        </SuccessNotice>
      ) : null}
      <QueryView query={query} skeleton={<ListSkeleton rows={3} height={140} />}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('frTracking.legs.empty')} />
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.items.map((leg) => (
                <LegCard key={leg.id} leg={leg} onPost={setPosting} />
              ))}
            </Stack>
          )
        }
      </QueryView>
      {posting ? (
        <PostEventForm
          key={posting.id}
          leg={posting}
          opened
          onClose={() => setPosting(null)}
          onPosted={(recorded) => {
            setNotice(
              recorded
                ? t('frTracking.post.done', {
                    kind: t(`freight.vocab.eventKind.${recorded.kind}`),
                    reference: posting.reference,
                  })
                : t('frTracking.post.alreadyRecorded'),
            );
            setPosting(null);
          }}
        />
      ) : null}
    </>
  );
}
