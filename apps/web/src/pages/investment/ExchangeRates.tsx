import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useAuth } from '../../auth/auth.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import {
  EmptyState,
  ErrorAlert,
  ErrorState,
  ListSkeleton,
  PageHeader,
  SectionTitle,
} from '../../components/States.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { DemoBadge, numberFromInput } from './investmentShared.tsx';
import { type ExchangeRate, useExchangeRates, useRateHistory, useRecordRate, useReference } from './projectsApi.ts';

const today = () => new Date().toISOString().slice(0, 10);

function RecordRateForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const record = useRecordRate();
  const [currency, setCurrency] = useState<string | null>(null);
  const [rateDate, setRateDate] = useState(today());
  const [unitsPerUsd, setUnitsPerUsd] = useState<number | string>('');
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState(false);
  const fieldError = (field: string) =>
    isApiError(record.error) ? record.error.fieldErrors.find((e) => e.path === `body.${field}`)?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    record.mutate(
      { currency: currency ?? '', rateDate, unitsPerUsd: numberFromInput(unitsPerUsd) ?? 0, source },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate mb="lg">
      <Stack gap="sm">
        <SectionTitle order={3}>{t('invProjects.rates.record')}</SectionTitle>
        {saved ? (
          <SuccessNotice onClose={() => setSaved(false)} role="status">
            {t('invProjects.rates.saved')}
          </SuccessNotice>
        ) : null}
        {record.isError ? <ErrorAlert error={record.error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Select
            label={t('invProjects.field.currency')}
            data={(reference.data?.currencies.items ?? [])
              .filter((item) => item.code !== 'USD')
              .map((item) => ({ value: item.code, label: `${item.code} · ${item.name[lang]}` }))}
            value={currency}
            onChange={setCurrency}
            error={fieldError('currency')}
            searchable
            required
          />
          <TextInput
            label={t('invProjects.rates.date')}
            type="date"
            value={rateDate}
            max={today()}
            onChange={(event) => setRateDate(event.currentTarget.value)}
            error={fieldError('rateDate')}
            required
          />
          <NumberInput
            label={t('invProjects.rates.unitsPerUsd')}
            value={unitsPerUsd}
            onChange={setUnitsPerUsd}
            error={fieldError('unitsPerUsd')}
            min={0}
            decimalScale={10}
            required
          />
          <TextInput
            label={t('invProjects.rates.source')}
            description={t('invProjects.rates.sourceHint')}
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
            error={fieldError('source')}
            required
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={record.isPending}>
            {t('invProjects.rates.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The Secretariat's dated exchange rates: the latest per currency, the history of one, and the form to add one. */
export default function ExchangeRates() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('invProjects.rates.title'));
  const { hasRole } = useAuth();
  const rates = useExchangeRates();
  const [selected, setSelected] = useState<string | null>(null);
  const history = useRateHistory(selected);
  const columns: Column<ExchangeRate>[] = [
    {
      key: 'currency',
      header: t('invProjects.field.currency'),
      primary: true,
      render: (rate) => (
        <Group gap={6}>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setSelected(rate.currency)}
            aria-label={t('invProjects.rates.showHistory', { currency: rate.currency })}
          >
            {rate.currency}
          </Button>
          <DemoBadge demo={rate.demo} />
        </Group>
      ),
    },
    { key: 'date', header: t('invProjects.rates.date'), render: (rate) => formatDate(rate.rateDate, lang) },
    {
      key: 'units',
      header: t('invProjects.rates.unitsPerUsd'),
      align: 'right',
      render: (rate) => formatNumber(rate.unitsPerUsd, lang),
    },
    { key: 'source', header: t('invProjects.rates.source'), render: (rate) => rate.source },
  ];
  return (
    <>
      <PageHeader title={t('invProjects.rates.title')} intro={t('invProjects.rates.intro')} />
      {hasRole('secretariat', 'admin') ? <RecordRateForm /> : null}
      {rates.isPending ? (
        <ListSkeleton rows={4} height={40} />
      ) : rates.isError ? (
        <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.data.items.length === 0 ? (
        <EmptyState>{t('invProjects.rates.empty')}</EmptyState>
      ) : (
        <DataTable
          rows={rates.data.items}
          columns={columns}
          rowKey={(rate) => rate.currency}
          caption={t('invProjects.rates.latest')}
        />
      )}
      {selected ? (
        <section>
          <SectionTitle>{t('invProjects.rates.history', { currency: selected })}</SectionTitle>
          {history.isPending ? (
            <ListSkeleton rows={3} height={32} />
          ) : history.isError ? (
            <ErrorState error={history.error} />
          ) : (
            <DataTable
              rows={history.data.items}
              columns={columns}
              rowKey={(rate) => rate.rateDate}
              caption={t('invProjects.rates.history', { currency: selected })}
            />
          )}
          <Text size="xs" c="dimmed" mt="xs">
            {t('invProjects.rates.rule')}
          </Text>
        </section>
      ) : null}
    </>
  );
}
