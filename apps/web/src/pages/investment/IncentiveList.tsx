import { Button, Checkbox, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { incentiveKinds } from '../../../../../packages/investment/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { FoldingFilters } from '../../components/FoldingFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { IncentiveCard } from './IncentiveShared.tsx';
import { InvestmentExportButtons } from './InvestmentExportButtons.tsx';
import { useIncentives, useParks } from './incentivesApi.ts';
import { useReference } from './projectsApi.ts';

const pageSize = 20;

/** The library of preferential policies, filtered by country, kind, sector, park, text, validity and demo. */
export default function IncentiveList() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('invIncentives.list.title'));
  const { get, page, update } = useUrlFilters();
  const reference = useReference();
  const { hasRole } = useAuth();
  const parks = useParks({ limit: 500 });
  const today = new Date().toISOString().slice(0, 10);
  const query = {
    country: get('country'),
    kind: get('kind'),
    sector: get('sector'),
    park: get('park'),
    q: get('q'),
    validOn: get('all') === '1' ? '' : today,
    demo: get('demo'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const incentives = useIncentives(query);
  const select = (key: string, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      data={data}
      value={get(key) || null}
      onChange={(value) => update({ [key]: value ?? '' })}
      clearable
      searchable={data.length > 8}
      comboboxProps={{ withinPortal: true }}
    />
  );
  const sectors = (reference.data?.isic.sections ?? []).flatMap((section) => [
    { value: section.code, label: `${section.code} · ${plainText(section.name, lang)}` },
    ...section.divisions.map((division) => ({
      value: division.code,
      label: `${division.code} · ${plainText(division.name, lang)}`,
    })),
  ]);
  return (
    <>
      <PageHeader
        title={t('invIncentives.list.title')}
        intro={t('invIncentives.list.intro')}
        actions={
          <>
            {hasRole('secretariat', 'admin') ? (
              <Button component={Link} to="/investment/incentives/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('invIncentives.form.newTitle')}
              </Button>
            ) : null}
            <InvestmentExportButtons
              dataset="incentives"
              query={Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]))}
            />
          </>
        }
      />
      <Stack gap="sm" mb="lg" component="section" aria-label={t('invIncentives.list.filters')}>
        <SearchBox value={get('q')} onSearch={(value) => update({ q: value })} label={t('invIncentives.list.search')} />
        <FoldingFilters id="incentive-filters">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
              {select(
                'country',
                t('invIncentives.filter.country'),
                memberCodes.map((code) => ({ value: code, label: countryName(code, lang) })),
              )}
              {select(
                'kind',
                t('invIncentives.filter.kind'),
                incentiveKinds.map((kind) => ({ value: kind, label: t(`investment.vocab.incentiveKind.${kind}`) })),
              )}
              {select('sector', t('invIncentives.filter.sector'), sectors)}
              {select(
                'park',
                t('invIncentives.filter.park'),
                (parks.data?.items ?? []).map((park) => ({ value: park.id, label: plainText(park.name, lang) })),
              )}
              {select('demo', t('invIncentives.filter.demo'), [
                { value: 'false', label: t('invIncentives.filter.realOnly') },
                { value: 'true', label: t('invIncentives.filter.demoOnly') },
              ])}
            </SimpleGrid>
            <Checkbox
              label={t('invIncentives.filter.includeEnded')}
              checked={get('all') === '1'}
              onChange={(event) => update({ all: event.currentTarget.checked ? '1' : '' })}
            />
          </Stack>
        </FoldingFilters>
      </Stack>
      {incentives.isPending ? (
        <ListSkeleton />
      ) : incentives.isError ? (
        <ErrorState error={incentives.error} onRetry={() => void incentives.refetch()} />
      ) : incentives.data.items.length === 0 ? (
        <EmptyState title={t('invIncentives.list.empty')} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {incentives.data.items.map((incentive) => (
              <IncentiveCard key={incentive.id} incentive={incentive} />
            ))}
          </SimpleGrid>
          <Pager
            total={incentives.data.total}
            page={page}
            pageSize={pageSize}
            onChange={(next) => update({ page: next })}
          />
        </>
      )}
    </>
  );
}
