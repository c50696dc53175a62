import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconEdit, IconFilePlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { reviewStates } from '../../../../packages/agenda/src/vocabulary.ts';
import { useReports } from '../api/queries.ts';
import { useAuth } from '../auth/auth.tsx';
import { Pager } from '../components/Pager.tsx';
import { ReportCard } from '../components/ReportCard.tsx';
import { Segments } from '../components/Segments.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { countryName } from '../lib/countries.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 20;

export default function MyReports() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('myReports.title'));
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  // The success message arrives once through the navigation state; keep it locally and clear the state so a
  // reload or a later visit does not repeat it.
  const [flash, setFlash] = useState((location.state as { flash?: string } | null)?.flash ?? null);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);
  const { get, page, update } = useUrlFilters();
  const state = get('reviewState');
  const countryCode = user?.countryCode ?? '';
  const reports = useReports(
    { country: countryCode, reviewState: state, limit: pageSize, offset: (page - 1) * pageSize },
    Boolean(countryCode),
  );
  return (
    <>
      <PageHeader
        title={t('myReports.title')}
        intro={countryCode ? t('myReports.intro', { country: countryName(countryCode, lang) }) : undefined}
        actions={
          <Button component={Link} to="/reports/new" leftSection={<IconFilePlus size={16} aria-hidden />}>
            {t('myReports.newReport')}
          </Button>
        }
      />
      {flash ? (
        <Alert
          color="green"
          variant="light"
          icon={<IconCheck aria-hidden />}
          mb="md"
          withCloseButton
          onClose={() => setFlash(null)}
          closeButtonLabel={t('common.close')}
          role="status"
        >
          {flash === 'updated' ? t('reportForm.updated') : t('reportForm.created')}
        </Alert>
      ) : null}
      {!countryCode ? (
        <EmptyState>{t('reportForm.noCountry')}</EmptyState>
      ) : (
        <>
          <Box mb="md">
            <Text size="sm" fw={500} mb={4} id="my-state-label">
              {t('myReports.filter')}
            </Text>
            <Segments
              aria-labelledby="my-state-label"
              value={state || 'all'}
              onChange={(value) => update({ reviewState: value === 'all' ? '' : value })}
              data={[
                { value: 'all', label: t('common.all') },
                ...reviewStates.map((s) => ({ value: s, label: t(`vocab.reviewState.${s}`) })),
              ]}
              className="wrap-segmented"
            />
          </Box>
          {reports.isPending ? (
            <ListSkeleton rows={3} height={180} />
          ) : reports.isError ? (
            <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
          ) : reports.data.items.length === 0 ? (
            <EmptyState
              action={
                <Button component={Link} to="/reports/new" variant="light">
                  {t('myReports.newReport')}
                </Button>
              }
            >
              {state ? t('review.emptyState') : t('myReports.empty')}
            </EmptyState>
          ) : (
            <Stack gap="sm">
              {reports.data.items.map((report) => (
                <ReportCard
                  key={report.id}
                  report={report}
                  headingOrder={2}
                  actions={
                    report.reviewState === 'returned' ? (
                      <Group>
                        <Button
                          component={Link}
                          to={`/reports/${encodeURIComponent(report.id)}/edit`}
                          size="xs"
                          leftSection={<IconEdit size={14} aria-hidden />}
                        >
                          {t('myReports.editAndResubmit')}
                        </Button>
                      </Group>
                    ) : null
                  }
                />
              ))}
              <Pager total={reports.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
            </Stack>
          )}
        </>
      )}
    </>
  );
}
