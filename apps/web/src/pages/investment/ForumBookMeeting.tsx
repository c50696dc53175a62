import { Button, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../api/types.ts';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { type ForumMeeting, useForum, useForums, useInterests, useRequestMeeting } from './dealsApi.ts';
import { pickUserText } from './investmentShared.tsx';

/** The forum's name in the reader's language, else in any language it has. */
export function forumText(value: LocalizedText, lang: 'zh' | 'ru' | 'en'): string {
  return value[lang].text ?? value.en.text ?? value.zh.text ?? value.ru.text ?? '';
}

/**
 * Books a one-to-one meeting at a forum slot from an interest both sides agreed to. Either the interest or the
 * forum is fixed by the page that opens it; the reader chooses the rest.
 */
export function ForumBookMeeting({
  opened,
  onClose,
  onBooked,
  interestId,
  forumId,
}: {
  opened: boolean;
  onClose: () => void;
  onBooked: (meeting: ForumMeeting) => void;
  interestId?: string;
  forumId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const forums = useForums();
  const [chosenForum, setChosenForum] = useState<string | null>(forumId ?? null);
  const [chosenInterest, setChosenInterest] = useState<string | null>(interestId ?? null);
  const [slot, setSlot] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const forum = useForum(chosenForum ?? '');
  const interests = useInterests('all');
  const request = useRequestMeeting(chosenForum ?? '');

  useEffect(() => {
    if (!chosenForum && forums.data?.items.length === 1) setChosenForum(forums.data.items[0]!.id);
  }, [chosenForum, forums.data]);

  const agreed = (interests.data?.items ?? []).filter(
    (interest) => interest.status === 'accepted' && (interest.myRole === 'source' || interest.myRole === 'target'),
  );
  const slotOptions =
    chosenForum && forum.data
      ? forum.data.days.map((day) => ({
          group: formatDate(day.date, lang),
          items: day.slots.map((item) => ({
            value: item.start,
            label: `${formatDate(day.date, lang)} ${item.localTime}`,
          })),
        }))
      : [];

  const submit = () => {
    if (!chosenForum || !chosenInterest || !slot) return;
    request.mutate(
      { slotStart: slot, interestId: chosenInterest, note: note.trim() || undefined },
      {
        onSuccess: (meeting) => {
          setSlot(null);
          setNote('');
          onBooked(meeting);
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('invDeals.book.title')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {forumId ? null : (
            <Select
              label={t('invDeals.book.forum')}
              data={(forums.data?.items ?? []).map((item) => ({ value: item.id, label: forumText(item.name, lang) }))}
              value={chosenForum}
              onChange={(value) => {
                setChosenForum(value);
                setSlot(null);
              }}
              required
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {interestId ? null : (
            <Select
              label={t('invDeals.book.interest')}
              description={agreed.length === 0 ? t('invDeals.book.noAgreed') : undefined}
              data={agreed.map((interest) => {
                const other = interest.myRole === 'source' ? interest.target : (interest.source ?? interest.target);
                return { value: interest.id, label: `${other.organisation} · ${pickUserText(other.title, lang).text}` };
              })}
              value={chosenInterest}
              onChange={setChosenInterest}
              required
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Select
            label={t('invDeals.book.slot')}
            description={forum.data ? t('invDeals.book.slotHelp', { timeZone: forum.data.timeZone }) : undefined}
            data={slotOptions}
            value={slot}
            onChange={setSlot}
            searchable
            required
            disabled={!forum.data}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('invDeals.book.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Text size="xs" c="dimmed">
            {t('invDeals.book.tableNote')}
          </Text>
          {request.isError ? <ErrorAlert error={request.error} /> : null}
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={request.isPending} disabled={!chosenForum || !chosenInterest || !slot}>
              {t('invDeals.book.submit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
