import { Alert, Box, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewStates } from '../../../../packages/agenda/src/vocabulary.ts';
import { useReports, useReviewReport } from '../api/queries.ts';
import type { Report } from '../api/types.ts';
import { ModalActions } from '../components/ModalActions.tsx';
import { Pager } from '../components/Pager.tsx';
import { ReportCard } from '../components/ReportCard.tsx';
import { Segments } from '../components/Segments.tsx';
import { EmptyState, ErrorAlert, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { countryName } from '../lib/countries.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { plainText } from '../lib/localized.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 20;

function ReviewModal({
  report,
  action,
  onClose,
  onDone,
}: {
  report: Report;
  action: 'accept' | 'return';
  onClose: () => void;
  onDone: (action: 'accept' | 'return') => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const review = useReviewReport();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'return' && !note.trim()) {
      setError(t('review.noteRequiredError'));
      return;
    }
    review.mutate(
      { id: report.id, action, note: note.trim() || undefined },
      {
        onSuccess: () => {
          onDone(action);
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={action === 'accept' ? t('review.acceptTitle') : t('review.returnTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            <strong>{countryName(report.countryCode, lang)}</strong> · {plainText(report.initiative.title, lang)}
          </Text>
          {review.isError ? <ErrorAlert error={review.error} /> : null}
          <Textarea
            label={action === 'accept' ? t('review.noteOptional') : t('review.noteRequired')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            required={action === 'return'}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <ModalActions onCancel={onClose}>
            <Button
              type="submit"
              color={action === 'accept' ? '#1f7a35' : '#a33b00'}
              loading={review.isPending}
              leftSection={
                action === 'accept' ? <IconCheck size={16} aria-hidden /> : <IconArrowBackUp size={16} aria-hidden />
              }
            >
              {action === 'accept' ? t('review.accept') : t('review.return')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

export default function Review() {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  const { get, page, update } = useUrlFilters();
  const state = get('reviewState') || 'submitted';
  const reports = useReports({ reviewState: state, limit: pageSize, offset: (page - 1) * pageSize });
  const [pending, setPending] = useState<{ report: Report; action: 'accept' | 'return' } | null>(null);
  const [done, setDone] = useState<'accept' | 'return' | null>(null);
  return (
    <>
      <PageHeader title={t('review.title')} intro={t('review.intro')} />
      {done ? (
        <Alert
          color="green"
          variant="light"
          icon={<IconCheck aria-hidden />}
          mb="md"
          withCloseButton
          onClose={() => setDone(null)}
          closeButtonLabel={t('common.close')}
          role="status"
        >
          {done === 'accept' ? t('review.accepted') : t('review.returned')}
        </Alert>
      ) : null}
      <Box mb="md">
        <Text size="sm" fw={500} mb={4} id="review-state-label">
          {t('review.state')}
        </Text>
        <Segments
          aria-labelledby="review-state-label"
          value={state}
          onChange={(value) => update({ reviewState: value === 'submitted' ? '' : value })}
          data={reviewStates.map((s) => ({ value: s, label: t(`vocab.reviewState.${s}`) }))}
        />
      </Box>
      {reports.isPending ? (
        <ListSkeleton rows={3} height={200} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <EmptyState>{state === 'submitted' ? t('review.empty') : t('review.emptyState')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {reports.data.items.map((report) => (
            <ReportCard
              key={report.id}
              report={report}
              headingOrder={2}
              collapseNarrative={false}
              actions={
                report.reviewState === 'submitted' ? (
                  <>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      leftSection={<IconArrowBackUp size={14} aria-hidden />}
                      onClick={() => setPending({ report, action: 'return' })}
                    >
                      {t('review.return')}
                    </Button>
                    <Button
                      size="xs"
                      color="sco.8"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      onClick={() => setPending({ report, action: 'accept' })}
                    >
                      {t('review.accept')}
                    </Button>
                  </>
                ) : null
              }
            />
          ))}
          <Pager total={reports.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
        </Stack>
      )}
      {pending ? (
        <ReviewModal
          report={pending.report}
          action={pending.action}
          onClose={() => setPending(null)}
          onDone={setDone}
        />
      ) : null}
    </>
  );
}
