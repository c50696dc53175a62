import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconCalendarDown, IconCalendarPlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { ErrorAlert, ErrorState, ListSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { formatDate, formatDateRange, formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  type Forum,
  type ForumMeeting,
  meetingIcsUrl,
  myScheduleIcsUrl,
  useForum,
  useMeetingAnswer,
  useMyMeetings,
} from './dealsApi.ts';
import { ForumBookMeeting, forumText } from './ForumBookMeeting.tsx';
import { ForumFormModal } from './ForumForm.tsx';
import { DemoBadge } from './investmentShared.tsx';

const statusColor: Record<ForumMeeting['status'], string> = {
  requested: 'blue',
  confirmed: 'green',
  declined: 'gray',
  cancelled: 'gray',
};

/** One forum: its facts, and for a signed-in participant the grid of their meetings with answers and calendar files. */
export default function ForumDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const forum = useForum(id);
  const { hasRole } = useAuth();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(forum.data ? forumText(forum.data.name, lang) : t('invDeals.forums.title'));
  return (
    <QueryView
      query={forum}
      errorTitle={t('invDeals.forums.title')}
      back={{ to: '/investment/forums', label: t('invDeals.forums.back') }}
    >
      {(data) => (
        <>
          <PageHeader
            eyebrow={
              <Anchor component={Link} to="/investment/forums" size="sm">
                {t('invDeals.forums.back')}
              </Anchor>
            }
            title={
              <Group gap="xs" wrap="wrap" component="span">
                <LText value={data.name} />
                <DemoBadge demo={data.demo} />
              </Group>
            }
            intro={data.demo ? t('invDeals.forums.demoNote') : undefined}
            actions={
              hasRole('secretariat', 'admin') ? (
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  onClick={() => setEditing(true)}
                >
                  {t('invDeals.forumForm.editButton')}
                </Button>
              ) : null
            }
          />
          {editing ? (
            <ForumFormModal
              forum={data}
              opened={editing}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
            />
          ) : null}
          {saved ? (
            <SuccessNotice onClose={() => setSaved(false)}>{t('invDeals.forumForm.saved')}</SuccessNotice>
          ) : null}
          <Stack gap="lg">
            <MetaList
              items={[
                { label: t('invDeals.forums.dates'), value: formatDateRange(data.startsOn, data.endsOn, lang) },
                { label: t('invDeals.forums.place'), value: <LText value={data.place} /> },
                {
                  label: t('invDeals.forums.hours'),
                  value: t('invDeals.forums.hoursValue', {
                    start: data.dayStart,
                    end: data.dayEnd,
                    timeZone: data.timeZone,
                  }),
                },
                { label: t('invDeals.forums.slot'), value: t('invDeals.forums.minutes', { value: data.slotMinutes }) },
                { label: t('invDeals.forums.tables'), value: formatNumber(data.tableCount, lang) },
                { label: t('invDeals.forums.cap'), value: formatNumber(data.maxMeetingsPerParticipant, lang) },
                ...(data.initiativeId
                  ? [
                      {
                        label: t('invDeals.forums.initiative'),
                        value: (
                          <Anchor component={Link} to={`/initiatives/${data.initiativeId}`}>
                            {t('invDeals.forums.initiativeLink')}
                          </Anchor>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <MySchedule forum={data} />
          </Stack>
        </>
      )}
    </QueryView>
  );
}

function MySchedule({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const { user } = useAuth();
  const meetings = useMyMeetings(forum.id, user !== null);
  const answer = useMeetingAnswer(forum.id);
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState(false);

  if (!user) {
    return (
      <section>
        <SectionTitle>{t('invDeals.schedule.title')}</SectionTitle>
        <Group gap="sm">
          <Text size="sm">{t('invDeals.schedule.signIn')}</Text>
          <Button
            component={Link}
            to={`/login?next=${encodeURIComponent(location.pathname)}`}
            size="xs"
            variant="light"
          >
            {t('nav.signIn')}
          </Button>
        </Group>
      </section>
    );
  }

  const active = (meetings.data?.items ?? []).filter(
    (meeting) => meeting.status === 'requested' || meeting.status === 'confirmed',
  );
  const atSlot = new Map(active.map((meeting) => [meeting.slotStart, meeting]));
  const others = (meetings.data?.items ?? []).filter((meeting) => !active.includes(meeting));

  return (
    <section>
      <Group justify="space-between" wrap="wrap" mb="sm">
        <SectionTitle>{t('invDeals.schedule.title')}</SectionTitle>
        <Group gap="xs">
          <Button size="xs" leftSection={<IconCalendarPlus size={14} aria-hidden />} onClick={() => setBooking(true)}>
            {t('invDeals.book.button')}
          </Button>
          <Button
            size="xs"
            variant="default"
            component="a"
            href={myScheduleIcsUrl(forum.id, lang)}
            leftSection={<IconCalendarDown size={14} aria-hidden />}
          >
            {t('invDeals.schedule.downloadAll')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('invDeals.schedule.timesNote', { timeZone: forum.timeZone })}
      </Text>
      {booked ? <SuccessNotice onClose={() => setBooked(false)}>{t('invDeals.book.done')}</SuccessNotice> : null}
      {answer.isError ? <ErrorAlert error={answer.error} /> : null}
      {meetings.isPending ? (
        <ListSkeleton rows={3} />
      ) : meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <Stack gap="md">
          {forum.days.map((day) => (
            <Card key={day.date} withBorder padding="xs">
              <Text fw={600} mb={4}>
                {formatDate(day.date, lang)}
              </Text>
              <Table.ScrollContainer minWidth={300}>
                <Table verticalSpacing={4} className="schedule-grid">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={64}>{t('invDeals.schedule.time')}</Table.Th>
                      <Table.Th>{t('invDeals.schedule.meeting')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {day.slots.map((slot) => {
                      const meeting = atSlot.get(slot.start);
                      return (
                        <Table.Tr key={slot.start}>
                          <Table.Td>
                            <Text size="sm" ff="monospace">
                              {slot.localTime}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {meeting ? (
                              <MeetingCell
                                forumId={forum.id}
                                meeting={meeting}
                                busy={answer.isPending}
                                onAnswer={(choice) => answer.mutate({ meetingId: meeting.id, answer: choice })}
                              />
                            ) : (
                              <Text size="xs" c="dimmed">
                                {t('invDeals.schedule.free')}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ))}
          {others.length > 0 ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('invDeals.schedule.ended')}
              </Text>
              {others.map((meeting) => (
                <Text key={meeting.id} size="sm" c="dimmed">
                  {formatDate(meeting.localDate, lang)} {meeting.localTime} · {meeting.counterpart.name} ·{' '}
                  {t(`investment.vocab.meetingStatus.${meeting.status}`)}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Stack>
      )}
      {booking ? (
        <ForumBookMeeting
          opened={booking}
          forumId={forum.id}
          onClose={() => setBooking(false)}
          onBooked={() => {
            setBooking(false);
            setBooked(true);
          }}
        />
      ) : null}
    </section>
  );
}

function MeetingCell({
  forumId,
  meeting,
  busy,
  onAnswer,
}: {
  forumId: string;
  meeting: ForumMeeting;
  busy: boolean;
  onAnswer: (answer: 'confirm' | 'decline' | 'cancel') => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {meeting.counterpart.name}
        </Text>
        <Badge size="sm" variant="light" color={statusColor[meeting.status]}>
          {t(`investment.vocab.meetingStatus.${meeting.status}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('invDeals.schedule.table', { number: meeting.tableNumber })} ·{' '}
          {t(meeting.myRole === 'requester' ? 'invDeals.schedule.youAsked' : 'invDeals.schedule.youWereAsked')}
        </Text>
      </Group>
      {meeting.note ? <Text size="xs">{meeting.note}</Text> : null}
      <Group gap={4} wrap="wrap">
        {meeting.myRole === 'invitee' && meeting.status === 'requested' ? (
          <>
            <Button size="compact-xs" color="green" loading={busy} onClick={() => onAnswer('confirm')}>
              {t('invDeals.schedule.confirm')}
            </Button>
            <Button size="compact-xs" variant="default" loading={busy} onClick={() => onAnswer('decline')}>
              {t('invDeals.schedule.decline')}
            </Button>
          </>
        ) : null}
        <Button size="compact-xs" variant="subtle" color="gray" loading={busy} onClick={() => onAnswer('cancel')}>
          {t('invDeals.schedule.cancel')}
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          component="a"
          href={meetingIcsUrl(forumId, meeting.id, lang)}
          leftSection={<IconCalendarDown size={12} aria-hidden />}
        >
          {t('invDeals.schedule.download')}
        </Button>
      </Group>
    </Stack>
  );
}
