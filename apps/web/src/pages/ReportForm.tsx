import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Card,
  Group,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconMessage2, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { reportStatuses } from '../../../../packages/agenda/src/vocabulary.ts';
import { isApiError } from '../api/client.ts';
import { useCreateReport, useInitiatives, useReports, useUpdateReport } from '../api/queries.ts';
import type { Language, Report, ReportInput, ReportStatus } from '../api/types.ts';
import { useAuth } from '../auth/auth.tsx';
import { DetailSkeleton, EmptyState, ErrorAlert, ErrorState, PageHeader } from '../components/States.tsx';
import { uiLanguages } from '../i18n.ts';
import { countryName } from '../lib/countries.ts';
import { formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { officialLanguage, plainText } from '../lib/localized.ts';
import {
  maxLinks,
  narrativeMax,
  type ReportDraft,
  type ReportErrors,
  serverFieldKey,
  validateReport,
} from '../lib/reportValidation.ts';

interface LinkRow {
  key: number;
  url: string;
  label: string;
}

function draftFromReport(
  report: Report | undefined,
  countryCode: string,
  initiativeId: string,
  lang: Language,
): ReportDraft {
  if (!report) {
    return {
      initiativeId,
      countryCode,
      periodStart: '',
      periodEnd: '',
      status: 'in_progress',
      progressPercent: 0,
      narrativeLanguage: lang,
      narrativeText: '',
      evidenceLinks: [],
    };
  }
  const language = officialLanguage(report.narrative) ?? lang;
  return {
    initiativeId: report.initiative.id,
    countryCode: report.countryCode,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    status: report.status,
    progressPercent: report.progressPercent,
    narrativeLanguage: language,
    narrativeText: report.narrative[language].text ?? '',
    evidenceLinks: report.evidenceLinks.map((l) => ({ url: l.url, label: l.label })),
  };
}

function Form({ report, countryCode }: { report?: Report; countryCode: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Computed once: later language switches must not wipe what the user typed.
  const [initial] = useState(() => draftFromReport(report, countryCode, params.get('initiative') ?? '', lang));
  const [draft, setDraft] = useState<Omit<ReportDraft, 'evidenceLinks'>>(initial);
  const nextKey = useRef(initial.evidenceLinks.length);
  const [links, setLinks] = useState<LinkRow[]>(initial.evidenceLinks.map((l, i) => ({ ...l, key: i })));
  const [errors, setErrors] = useState<ReportErrors>({});
  const [serverErrors, setServerErrors] = useState<ReportErrors>({});
  const initiatives = useInitiatives({ limit: 200 });
  const create = useCreateReport();
  const update = useUpdateReport(report?.id ?? '');
  const mutation = report ? update : create;
  const errorSummary = useRef<HTMLDivElement>(null);

  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const message = (key: string): string | undefined => {
    if (errors[key]) return t(`reportForm.validation.${errors[key]}`);
    if (serverErrors[key]) return serverErrors[key];
    return undefined;
  };

  const initiativeOptions = (initiatives.data?.items ?? [])
    .map((i) => ({ value: i.id, label: plainText(i.title, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  if (draft.initiativeId && !initiativeOptions.some((o) => o.value === draft.initiativeId) && report) {
    initiativeOptions.unshift({ value: report.initiative.id, label: plainText(report.initiative.title, lang) });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const full: ReportDraft = { ...draft, evidenceLinks: links.map(({ url, label }) => ({ url, label })) };
    const found = validateReport(full);
    setErrors(found);
    setServerErrors({});
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    const input: ReportInput = {
      initiativeId: full.initiativeId,
      countryCode: full.countryCode,
      periodStart: full.periodStart,
      periodEnd: full.periodEnd,
      status: full.status as ReportStatus,
      progressPercent: full.progressPercent,
      narrative: { language: full.narrativeLanguage as Language, text: full.narrativeText.trim() },
      evidenceLinks: full.evidenceLinks.map((l) => ({ url: l.url.trim(), label: l.label.trim() })),
    };
    mutation.mutate(input, {
      onSuccess: () => navigate('/my/reports', { state: { flash: report ? 'updated' : 'created' } }),
      onError: (error) => {
        if (isApiError(error) && error.fieldErrors.length > 0) {
          const mapped: ReportErrors = {};
          for (const fieldError of error.fieldErrors) {
            const key = serverFieldKey(fieldError.path);
            if (key) mapped[key] = t('reportForm.serverFieldError', { message: fieldError.message });
          }
          setServerErrors(mapped);
        }
        requestAnimationFrame(() => errorSummary.current?.focus());
      },
    });
  };

  const hasErrors = Object.keys(errors).length > 0;
  const narrativeLength = draft.narrativeText.trim().length;

  return (
    <form onSubmit={submit} noValidate aria-describedby="report-form-intro">
      <Stack gap="md">
        <Box ref={errorSummary} tabIndex={-1} style={{ outline: 'none' }}>
          {hasErrors ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {t('reportForm.fixErrors')}
            </Alert>
          ) : null}
          {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
        </Box>
        {report?.reviewNote ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconMessage2 aria-hidden />}
            title={t('reportForm.returnedNote')}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {report.reviewNote}
            </Text>
          </Alert>
        ) : null}
        <Card withBorder padding="lg" className="data-card">
          <Stack gap="md">
            <Select
              id="report-initiative"
              label={t('reportForm.initiative')}
              placeholder={t('reportForm.initiativePlaceholder')}
              data={initiativeOptions}
              value={draft.initiativeId || null}
              onChange={(value) => set('initiativeId', value ?? '')}
              searchable
              required
              nothingFoundMessage={t('common.noResults')}
              error={message('initiativeId')}
              disabled={initiatives.isPending}
              comboboxProps={{ withinPortal: true }}
              maxDropdownHeight={320}
            />
            <TextInput
              id="report-country"
              label={t('reportForm.country')}
              value={countryName(countryCode, lang)}
              readOnly
              description={t('reportForm.countryFixed')}
            />
            <fieldset className="plain-fieldset">
              <legend className="field-legend">{t('reportForm.period')}</legend>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput
                  id="report-start"
                  type="date"
                  label={t('reportForm.periodStart')}
                  value={draft.periodStart}
                  onChange={(e) => set('periodStart', e.currentTarget.value)}
                  error={message('periodStart')}
                  required
                />
                <TextInput
                  id="report-end"
                  type="date"
                  label={t('reportForm.periodEnd')}
                  value={draft.periodEnd}
                  min={draft.periodStart || undefined}
                  onChange={(e) => set('periodEnd', e.currentTarget.value)}
                  error={message('periodEnd')}
                  required
                />
              </SimpleGrid>
            </fieldset>
            <Select
              id="report-status"
              label={t('reportForm.status')}
              data={reportStatuses.map((s) => ({ value: s, label: t(`vocab.reportStatus.${s}`) }))}
              value={draft.status}
              onChange={(value) => value && set('status', value)}
              allowDeselect={false}
              required
              comboboxProps={{ withinPortal: true }}
            />
            <Input.Wrapper
              id="report-progress"
              label={t('reportForm.progress')}
              error={message('progressPercent')}
              labelProps={{ id: 'report-progress-label' }}
            >
              <Group gap="md" align="center" wrap="nowrap" mt={6}>
                <Slider
                  style={{ flex: 1 }}
                  value={draft.progressPercent}
                  onChange={(value) => set('progressPercent', value)}
                  min={0}
                  max={100}
                  step={5}
                  marks={[0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v}%` }))}
                  thumbLabel={t('reportForm.progress')}
                  label={(v) => t('reportForm.progressValue', { value: v })}
                  color="scoTeal.7"
                  mb="lg"
                />
                <NumberInput
                  value={draft.progressPercent}
                  onChange={(value) => set('progressPercent', typeof value === 'number' ? value : Number(value) || 0)}
                  min={0}
                  max={100}
                  step={1}
                  clampBehavior="strict"
                  allowDecimal={false}
                  w={90}
                  suffix="%"
                  aria-labelledby="report-progress-label"
                />
              </Group>
            </Input.Wrapper>
          </Stack>
        </Card>

        <Card withBorder padding="lg" className="data-card">
          <Stack gap="md">
            <Select
              id="report-language"
              label={t('reportForm.narrativeLanguage')}
              data={uiLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              value={draft.narrativeLanguage}
              onChange={(value) => value && set('narrativeLanguage', value)}
              allowDeselect={false}
              w={{ base: '100%', xs: 260 }}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              id="report-narrative"
              label={t('reportForm.narrative')}
              description={t('reportForm.narrativeHint')}
              value={draft.narrativeText}
              onChange={(e) => set('narrativeText', e.currentTarget.value)}
              lang={draft.narrativeLanguage}
              autosize
              minRows={6}
              maxRows={18}
              required
              error={message('narrative')}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
            />
            <Text
              size="xs"
              c={narrativeLength > narrativeMax ? 'red.8' : 'dimmed'}
              ta="right"
              mt={-8}
              aria-live="polite"
            >
              {t('reportForm.charCount', { count: formatNumber(narrativeLength, lang) })}
            </Text>
          </Stack>
        </Card>

        <Card withBorder padding="lg" className="data-card">
          <fieldset className="plain-fieldset">
            <legend className="field-legend">{t('reportForm.evidence')}</legend>
            <Text size="xs" c="dimmed" mb="sm">
              {t('reportForm.evidenceHint')}
            </Text>
            <Stack gap="sm">
              {links.map((link, index) => (
                <Group key={link.key} align="flex-start" gap="xs" wrap="nowrap" className="link-row">
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
                    <TextInput
                      label={`${t('reportForm.linkUrl')} ${index + 1}`}
                      type="url"
                      placeholder="https://"
                      value={link.url}
                      onChange={(e) => {
                        const url = e.currentTarget.value;
                        setLinks((rows) => rows.map((r) => (r.key === link.key ? { ...r, url } : r)));
                      }}
                      error={message(`link.${index}.url`)}
                      required
                    />
                    <TextInput
                      label={`${t('reportForm.linkLabel')} ${index + 1}`}
                      value={link.label}
                      onChange={(e) => {
                        const label = e.currentTarget.value;
                        setLinks((rows) => rows.map((r) => (r.key === link.key ? { ...r, label } : r)));
                      }}
                      error={message(`link.${index}.label`)}
                      maxLength={200}
                      required
                    />
                  </SimpleGrid>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    size="lg"
                    onClick={() => setLinks((rows) => rows.filter((r) => r.key !== link.key))}
                    aria-label={t('reportForm.removeLink', { number: index + 1 })}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {message('links') ? (
                <Text size="sm" c="red.8">
                  {message('links')}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => {
                    nextKey.current += 1;
                    setLinks((rows) => [...rows, { key: nextKey.current, url: '', label: '' }]);
                  }}
                  disabled={links.length >= maxLinks}
                >
                  {t('reportForm.addLink')}
                </Button>
              </Group>
            </Stack>
          </fieldset>
        </Card>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => navigate(-1)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} leftSection={<IconCheck size={16} aria-hidden />}>
            {report ? t('reportForm.resubmit') : t('reportForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditReport({ id, countryCode }: { id: string; countryCode: string }) {
  const { t } = useTranslation();
  const reports = useReports({ country: countryCode, limit: 200 });
  if (reports.isPending) return <DetailSkeleton />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  const report = reports.data.items.find((r) => r.id === id);
  if (!report) return <EmptyState title={t('errors.notFoundTitle')}>{t('errors.notFoundText')}</EmptyState>;
  if (report.reviewState !== 'returned') return <EmptyState>{t('reportForm.notEditable')}</EmptyState>;
  return <Form report={report} countryCode={countryCode} />;
}

export default function ReportForm() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useAuth();
  const title = id ? t('reportForm.editTitle') : t('reportForm.title');
  useDocumentTitle(title);
  const countryCode = user?.countryCode ?? '';
  return (
    <Box maw={860}>
      <PageHeader title={title} intro={<span id="report-form-intro">{t('reportForm.intro')}</span>} />
      {!countryCode ? (
        <EmptyState>{t('reportForm.noCountry')}</EmptyState>
      ) : id ? (
        <EditReport id={id} countryCode={countryCode} />
      ) : (
        <Form countryCode={countryCode} />
      )}
    </Box>
  );
}
