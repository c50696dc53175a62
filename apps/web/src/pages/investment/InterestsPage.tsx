import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  Modal,
  Stack,
  Tabs,
  Text,
  Textarea,
  Timeline,
} from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconHistory, IconNote, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PipelineStage } from '../../../../../packages/investment/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { EmptyState, ErrorAlert, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  type Interest,
  type InterestBox,
  type InterestDetail,
  useAddBrokerNote,
  useInterest,
  useInterestAction,
  useInterests,
} from './dealsApi.ts';
import { ForumBookMeeting } from './ForumBookMeeting.tsx';
import { DemoBadge, UserText } from './investmentShared.tsx';

const nextStage: Partial<Record<PipelineStage, PipelineStage>> = { interest: 'meeting', meeting: 'nda', nda: 'deal' };
const listingPath = (ref: Interest['target']) =>
  ref.kind === 'project' ? `/investment/projects/${ref.id}` : `/investment/profiles/${ref.id}`;

/** My expressions of interest: sent, received, brokered; answers, contacts once agreed, pipeline, forum meetings. */
export default function InterestsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const brokers = user?.role === 'focal_point' || user?.role === 'secretariat' || user?.role === 'admin';
  const [params, setParams] = useSearchParams();
  const tab = (params.get('box') as InterestBox | null) ?? (brokers ? 'brokered' : 'received');
  useDocumentTitle(t('invDeals.interests.title'));
  const boxes: InterestBox[] = brokers ? ['brokered', 'all'] : ['received', 'sent'];
  return (
    <>
      <PageHeader title={t('invDeals.interests.title')} intro={t('invDeals.interests.intro')} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('box', value ?? 'received');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {boxes.map((box) => (
            <Tabs.Tab key={box} value={box}>
              {t(`invDeals.interests.box.${box}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {boxes.map((box) => (
          <Tabs.Panel key={box} value={box}>
            <InterestBoxList box={box} openId={params.get('open')} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

function InterestBoxList({ box, openId }: { box: InterestBox; openId: string | null }) {
  const { t } = useTranslation();
  const interests = useInterests(box);
  if (interests.isPending) return <ListSkeleton rows={3} />;
  if (interests.isError) return <ErrorState error={interests.error} onRetry={() => void interests.refetch()} />;
  if (interests.data.items.length === 0) {
    return <EmptyState title={t('invDeals.interests.emptyTitle')}>{t(`invDeals.interests.empty.${box}`)}</EmptyState>;
  }
  return (
    <Stack gap="sm">
      {interests.data.items.map((interest) => (
        <InterestCard key={interest.id} interest={interest} startOpen={interest.id === openId} />
      ))}
    </Stack>
  );
}

function ListingLine({ label, listing }: { label: string; listing: Interest['target'] | null }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" c="dimmed">
        {label}:
      </Text>
      {listing ? (
        <>
          <Anchor component={Link} to={listingPath(listing)} size="sm" fw={600}>
            <UserText value={listing.title} inline />
          </Anchor>
          <Text size="sm">({listing.organisation})</Text>
          <DemoBadge demo={listing.demo} />
        </>
      ) : (
        <Text size="sm">{t('invDeals.interests.noSourceListing')}</Text>
      )}
    </Group>
  );
}

function ContactBlock({ title, contact }: { title: string; contact: NonNullable<Interest['contacts']>['source'] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xs" bg="var(--mantine-color-green-light)">
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      <MetaList
        items={[
          { label: t('invDeals.contact.name'), value: contact.name ?? '—' },
          {
            label: t('invDeals.contact.email'),
            value: contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : '—',
          },
          { label: t('invDeals.contact.phone'), value: contact.phone ?? '—' },
          { label: t('invDeals.contact.organisation'), value: contact.organisation ?? '—' },
        ]}
      />
    </Card>
  );
}

function InterestCard({ interest, startOpen }: { interest: Interest; startOpen: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const action = useInterestAction(interest.id);
  const [historyOpen, setHistoryOpen] = useState(startOpen);
  const [noting, setNoting] = useState(false);
  const mayNote = interest.myRole === 'broker' || interest.myRole === 'secretariat';
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState(false);
  const detail = useInterest(historyOpen ? interest.id : null);
  const isSide = interest.myRole === 'source' || interest.myRole === 'target';
  const open = interest.canMovePipeline;
  const next = nextStage[interest.pipelineStage];
  const contacts = interest.contacts;

  return (
    <Card withBorder padding="sm" id={`interest-${interest.id}`}>
      <Stack gap={8}>
        <Group gap={6} wrap="wrap">
          <Badge
            variant="light"
            color={interest.status === 'accepted' ? 'green' : interest.status === 'pending' ? 'blue' : 'gray'}
          >
            {t(`investment.vocab.interestStatus.${interest.status}`)}
          </Badge>
          <Badge variant="outline">{t(`investment.vocab.pipelineStage.${interest.pipelineStage}`)}</Badge>
          {interest.brokered ? (
            <Badge variant="light" color="grape">
              {t('invDeals.interests.brokered')}
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            {formatTimestamp(interest.updatedAt, lang)}
          </Text>
        </Group>
        <ListingLine label={t('invDeals.interests.target')} listing={interest.target} />
        <ListingLine label={t('invDeals.interests.source')} listing={interest.source} />
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {interest.message}
        </Text>
        {interest.closedReason ? (
          <Text size="sm" c="dimmed">
            {t('invDeals.interests.closedReason', { reason: interest.closedReason })}
          </Text>
        ) : null}
        {contacts ? (
          <Stack gap={6}>
            {interest.myRole !== 'source' ? (
              <ContactBlock title={t('invDeals.contact.sourceTitle')} contact={contacts.source} />
            ) : null}
            {interest.myRole !== 'target' ? (
              <ContactBlock title={t('invDeals.contact.targetTitle')} contact={contacts.target} />
            ) : null}
          </Stack>
        ) : interest.status === 'pending' ? (
          <Text size="xs" c="dimmed">
            {t('invDeals.interests.contactsHidden')}
          </Text>
        ) : null}
        {action.isError ? <ErrorAlert error={action.error} /> : null}
        {booked ? <SuccessNotice onClose={() => setBooked(false)}>{t('invDeals.book.done')}</SuccessNotice> : null}
        <Group gap="xs" wrap="wrap">
          {interest.awaitingMyAnswer ? (
            <>
              <Button
                size="xs"
                color="green"
                leftSection={<IconCheck size={14} aria-hidden />}
                loading={action.isPending}
                onClick={() => action.mutate({ kind: 'accept' })}
              >
                {t('invDeals.interests.accept')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconX size={14} aria-hidden />}
                loading={action.isPending}
                onClick={() => action.mutate({ kind: 'decline' })}
              >
                {t('invDeals.interests.decline')}
              </Button>
            </>
          ) : null}
          {interest.status === 'pending' && interest.myRole === 'source' && !interest.awaitingMyAnswer ? (
            <Button
              size="xs"
              variant="default"
              onClick={() => action.mutate({ kind: 'decline' })}
              loading={action.isPending}
            >
              {t('invDeals.interests.withdraw')}
            </Button>
          ) : null}
          {open && next ? (
            <Button
              size="xs"
              variant="light"
              onClick={() => action.mutate({ kind: 'stage', to: next })}
              loading={action.isPending}
            >
              {t('invDeals.interests.moveTo', { stage: t(`investment.vocab.pipelineStage.${next}`) })}
            </Button>
          ) : null}
          {open ? (
            <Button size="xs" variant="subtle" color="gray" onClick={() => setClosing(true)}>
              {t('invDeals.interests.close')}
            </Button>
          ) : null}
          {open && isSide ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarPlus size={14} aria-hidden />}
              onClick={() => setBooking(true)}
            >
              {t('invDeals.book.button')}
            </Button>
          ) : null}
          {mayNote ? (
            <Button
              size="xs"
              variant="light"
              color="grape"
              leftSection={<IconNote size={14} aria-hidden />}
              onClick={() => {
                setNoting(true);
                setHistoryOpen(true);
              }}
            >
              {t('invDeals.notes.add')}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconHistory size={14} aria-hidden />}
            onClick={() => setHistoryOpen((value) => !value)}
            aria-expanded={historyOpen}
          >
            {t('invDeals.interests.history')}
          </Button>
        </Group>
        <Collapse expanded={historyOpen}>
          <Stack gap="sm">
            {detail.data ? <InterestHistory events={detail.data.events} /> : null}
            {mayNote && noting ? <BrokerNoteForm interestId={interest.id} onDone={() => setNoting(false)} /> : null}
          </Stack>
        </Collapse>
      </Stack>
      <Modal
        opened={closing}
        onClose={() => setClosing(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('invDeals.interests.closeTitle')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate({ kind: 'stage', to: 'closed', reason }, { onSuccess: () => setClosing(false) });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('invDeals.interests.closeReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              maxLength={2000}
              autosize
              minRows={2}
            />
            <ModalActions onCancel={() => setClosing(false)}>
              <Button type="submit" disabled={reason.trim().length === 0} loading={action.isPending}>
                {t('invDeals.interests.close')}
              </Button>
            </ModalActions>
          </Stack>
        </form>
      </Modal>
      {booking ? (
        <ForumBookMeeting
          opened={booking}
          onClose={() => setBooking(false)}
          interestId={interest.id}
          onBooked={() => {
            setBooking(false);
            setBooked(true);
          }}
        />
      ) : null}
    </Card>
  );
}

/** What happened to an interest, in order; introductions and notes name the official who wrote them. */
function InterestHistory({ events }: { events: InterestDetail['events'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          title={
            event.kind === 'stage_changed' && event.toStage
              ? t('invDeals.event.stage_changed', {
                  stage: t(`investment.vocab.pipelineStage.${event.toStage}`),
                })
              : t(`invDeals.event.${event.kind}`)
          }
        >
          <Text size="xs" c="dimmed" className="interest-event-meta">
            {event.authorName
              ? t('invDeals.notes.by', { role: t(`invDeals.actor.${event.actor}`), name: event.authorName })
              : t(`invDeals.actor.${event.actor}`)}{' '}
            · <time dateTime={event.at}>{formatTimestamp(event.at, lang)}</time>
          </Text>
          {event.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {event.note}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** A focal point's or the Secretariat's note on an interest, shown in its history to everyone who sees the interest. */
function BrokerNoteForm({ interestId, onDone }: { interestId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const addNote = useAddBrokerNote(interestId);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        addNote.mutate(note, {
          onSuccess: () => {
            setNote('');
            onDone();
          },
        });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('invDeals.notes.label')}
          description={t('invDeals.notes.help')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={4000}
        />
        {addNote.isError ? <ErrorAlert error={addNote.error} /> : null}
        <Group gap="xs">
          <Button type="submit" size="xs" color="grape" loading={addNote.isPending} disabled={!note.trim()}>
            {t('invDeals.notes.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('invDeals.notes.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
