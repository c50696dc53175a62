import { Anchor, Box, Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { investorTypes, partneringTypes, profileKinds } from '../../../../../packages/investment/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FoldingFilters } from '../../components/FoldingFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { formatDate } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { InvestmentExportButtons } from './InvestmentExportButtons.tsx';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { formatUsd } from './matchFormat.ts';
import { profileTypeLabel, SectorNames, useSectorOptions } from './profileLabels.tsx';
import { type Profile, useProfiles } from './profilesApi.ts';
import { SaveSearchButton } from './SaveSearchButton.tsx';

const pageSize = 20;

/** Investor and partnering profiles, filtered by kind, type, sector, country and words. */
export default function ProfileList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  useDocumentTitle(t('invMatching.list.title'));
  const { get, page, update, clear, params } = useUrlFilters();
  const kind = get('kind');
  const filters = {
    q: get('q'),
    kind,
    investorType: kind === 'investor' ? get('investorType') : '',
    partneringType: kind === 'partnering' ? get('partneringType') : '',
    sector: get('sector'),
    country: get('country'),
    demo: get('demo') === 'false' ? 'false' : undefined,
  };
  const profiles = useProfiles({ ...filters, limit: pageSize, offset: (page - 1) * pageSize });
  const sectorOptions = useSectorOptions(lang);
  const wide = useMediaQuery('(min-width: 48em)', true);
  const columns: Column<Profile>[] = [
    {
      key: 'title',
      header: t('common.title'),
      primary: true,
      render: (profile) => (
        <Stack gap={2}>
          <Group gap={6} wrap="wrap">
            <Anchor component={Link} to={`/investment/profiles/${profile.id}`} size="sm">
              <UserText value={profile.title} inline />
            </Anchor>
            <DemoBadge demo={profile.demo} />
          </Group>
          <Text size="xs" c="dimmed">
            {profile.organisationName}
          </Text>
        </Stack>
      ),
    },
    { key: 'type', header: t('invMatching.fields.type'), width: 200, render: (p) => profileTypeLabel(p, t) },
    {
      key: 'country',
      header: t('invMatching.fields.country'),
      width: 130,
      render: (p) => countryName(p.countryCode, lang),
    },
    {
      key: 'sectors',
      header: t('invMatching.fields.sectors'),
      render: (p) => (
        <Text size="xs">
          <SectorNames codes={p.sectors} />
        </Text>
      ),
    },
    {
      key: 'ticket',
      header: t('invMatching.fields.ticket'),
      width: 150,
      render: (p) =>
        p.ticketMinUsd !== null && p.ticketMaxUsd !== null
          ? `${formatUsd(p.ticketMinUsd, lang)} – ${formatUsd(p.ticketMaxUsd, lang)}`
          : '—',
    },
    {
      key: 'expires',
      header: t('invMatching.fields.expires'),
      width: 120,
      render: (p) => formatDate(p.expiresAt.slice(0, 10), lang),
    },
  ];
  const searchBox = (
    <SearchBox
      id="profile-search"
      label={t('invMatching.list.search')}
      value={get('q')}
      onSearch={(q) => update({ q })}
    />
  );
  const filterFields = (
    <>
      <Select
        id="profile-kind"
        label={t('invMatching.fields.kind')}
        placeholder={t('common.all')}
        data={profileKinds.map((value) => ({ value, label: t(`investment.vocab.profileKind.${value}`) }))}
        value={kind || null}
        onChange={(value) => update({ kind: value ?? '', investorType: '', partneringType: '' })}
        clearable
        w={{ base: '100%', xs: 180 }}
      />
      {kind === 'investor' ? (
        <Select
          id="profile-investor-type"
          label={t('invMatching.fields.investorType')}
          placeholder={t('common.all')}
          data={investorTypes.map((value) => ({ value, label: t(`investment.vocab.investorType.${value}`) }))}
          value={get('investorType') || null}
          onChange={(value) => update({ investorType: value ?? '' })}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
      ) : null}
      {kind === 'partnering' ? (
        <Select
          id="profile-partnering-type"
          label={t('invMatching.fields.partneringType')}
          placeholder={t('common.all')}
          data={partneringTypes.map((value) => ({ value, label: t(`investment.vocab.partneringType.${value}`) }))}
          value={get('partneringType') || null}
          onChange={(value) => update({ partneringType: value ?? '' })}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
      ) : null}
      <Select
        id="profile-sector"
        label={t('invMatching.fields.sector')}
        placeholder={t('common.all')}
        data={sectorOptions}
        value={get('sector') || null}
        onChange={(value) => update({ sector: value ?? '' })}
        clearable
        searchable
        w={{ base: '100%', xs: 260 }}
      />
      <Select
        id="profile-country"
        label={t('invMatching.fields.country')}
        placeholder={t('common.all')}
        data={memberCodes.map((code) => ({ value: code, label: countryName(code, lang) }))}
        value={get('country') || null}
        onChange={(value) => update({ country: value ?? '' })}
        clearable
        searchable
        w={{ base: '100%', xs: 180 }}
      />
      <Checkbox
        id="profile-hide-demo"
        label={t('invMatching.list.hideDemo')}
        checked={get('demo') === 'false'}
        onChange={(event) => update({ demo: event.currentTarget.checked ? 'false' : '' })}
        mb={8}
      />
    </>
  );
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader
        title={t('invMatching.list.title')}
        intro={t('invMatching.list.intro')}
        actions={
          <>
            <SaveSearchButton target="profiles" filters={Object.fromEntries(params)} />
            <InvestmentExportButtons dataset="profiles" query={Object.fromEntries(params)} />
            {hasRole('business') ? (
              <Button component={Link} to="/investment/profiles/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('invMatching.list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {wide ? (
        <Group align="flex-end" gap="md" mb="md" wrap="wrap">
          <Box style={{ flex: '1 1 240px' }} maw={420}>
            {searchBox}
          </Box>
          {filterFields}
        </Group>
      ) : (
        <Stack gap="sm" mb="md">
          {searchBox}
          <FoldingFilters id="profile-filters">
            <Stack gap="sm">{filterFields}</Stack>
          </FoldingFilters>
        </Stack>
      )}
      {profiles.isPending ? (
        <ListSkeleton rows={6} height={56} />
      ) : profiles.isError ? (
        <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />
      ) : profiles.data.items.length === 0 ? (
        <EmptyState
          title={t('common.noResults')}
          action={
            filtered ? (
              <Anchor component="button" onClick={clear}>
                {t('common.clearFilters')}
              </Anchor>
            ) : undefined
          }
        >
          {t('invMatching.list.empty')}
        </EmptyState>
      ) : (
        <Stack gap={0} style={{ opacity: profiles.isPlaceholderData ? 0.6 : 1 }}>
          <DataTable
            caption={t('invMatching.list.title')}
            rows={profiles.data.items}
            columns={columns}
            rowKey={(p) => p.id}
          />
          <Pager total={profiles.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
        </Stack>
      )}
    </>
  );
}
