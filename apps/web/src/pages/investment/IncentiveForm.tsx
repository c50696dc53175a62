import {
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  type IncentiveKind,
  incentiveKinds,
  type ProjectStage,
  projectStages,
} from '../../../../../packages/investment/src/vocabulary.ts';
import { DetailSkeleton, ErrorAlert, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import {
  CuratorFormActions,
  isicOptions,
  isLocalizedDraftEmpty,
  type LocalizedDraft,
  LocalizedFields,
  localizedBodyOf,
  localizedDraftOf,
  type SourceDraft,
  SourceFields,
  sourceBodyOf,
  sourceDraftOf,
  useFieldErrors,
} from './CuratorFormShared.tsx';
import { type Incentive, type IncentiveInputBody, useIncentive, useParks, useSaveIncentive } from './incentivesApi.ts';
import { numberFromInput } from './investmentShared.tsx';
import { useReference } from './projectsApi.ts';

interface Draft {
  id: string;
  countryCode: string;
  kind: string;
  title: LocalizedDraft;
  benefit: LocalizedDraft;
  legalBasis: LocalizedDraft;
  sectors: string[];
  excludedSectors: string[];
  regions: string[];
  parkIds: string[];
  minInvestmentAmount: number | string;
  minInvestmentCurrency: string;
  minJobs: number | string;
  stages: string[];
  otherConditions: LocalizedDraft;
  validFrom: string;
  validTo: string;
  source: SourceDraft;
}

function draftOf(incentive: Incentive | undefined): Draft {
  const eligibility = incentive?.eligibility;
  return {
    id: incentive?.id ?? '',
    countryCode: incentive?.countryCode ?? '',
    kind: incentive?.kind ?? '',
    title: localizedDraftOf(incentive?.title),
    benefit: localizedDraftOf(incentive?.benefit),
    legalBasis: localizedDraftOf(incentive?.legalBasis),
    sectors: eligibility?.sectors ?? [],
    excludedSectors: eligibility?.excludedSectors ?? [],
    regions: eligibility?.regions ?? [],
    parkIds: eligibility?.parkIds ?? [],
    minInvestmentAmount: eligibility?.minInvestment?.amount ?? '',
    minInvestmentCurrency: eligibility?.minInvestment?.currency ?? '',
    minJobs: eligibility?.minJobs ?? '',
    stages: eligibility?.stages ?? [],
    otherConditions: localizedDraftOf(eligibility?.otherConditions),
    validFrom: incentive?.validFrom ?? '',
    validTo: incentive?.validTo ?? '',
    source: sourceDraftOf(incentive),
  };
}

/** Conditions left empty are omitted: the API reads an absent condition as "any". */
function bodyOf(draft: Draft): IncentiveInputBody {
  const minInvestmentAmount = numberFromInput(draft.minInvestmentAmount);
  const minJobs = numberFromInput(draft.minJobs);
  const hasInvestment = minInvestmentAmount !== null || draft.minInvestmentCurrency !== '';
  return {
    id: draft.id.trim(),
    countryCode: draft.countryCode,
    kind: draft.kind as IncentiveKind,
    title: localizedBodyOf(draft.title),
    benefit: localizedBodyOf(draft.benefit),
    legalBasis: localizedBodyOf(draft.legalBasis),
    eligibility: {
      sectors: draft.sectors,
      excludedSectors: draft.excludedSectors,
      regions: draft.regions,
      parkIds: draft.parkIds,
      ...(hasInvestment
        ? {
            minInvestment: {
              amount: minInvestmentAmount ?? 0,
              currency: draft.minInvestmentCurrency,
            },
          }
        : {}),
      ...(minJobs === null ? {} : { minJobs }),
      stages: draft.stages as ProjectStage[],
      ...(isLocalizedDraftEmpty(draft.otherConditions)
        ? {}
        : { otherConditions: localizedBodyOf(draft.otherConditions) }),
    },
    validFrom: draft.validFrom || null,
    validTo: draft.validTo || null,
    ...sourceBodyOf(draft.source),
  };
}

function Form({ incentive }: { incentive?: Incentive }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const reference = useReference();
  const save = useSaveIncentive(incentive?.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(incentive));
  const { error, capture, clear } = useFieldErrors();
  const errorSummary = useRef<HTMLDivElement>(null);
  const parks = useParks({ country: draft.countryCode, limit: 500 });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    save.mutate(bodyOf(draft), {
      onSuccess: (saved) => navigate(`/investment/incentives/${encodeURIComponent(saved.id)}`),
      onError: (failure) => {
        capture(failure);
        requestAnimationFrame(() => errorSummary.current?.focus());
      },
    });
  };

  const sectorOptions = isicOptions(reference.data, lang, { sections: true });
  const currencyOptions = (reference.data?.currencies.items ?? []).map((currency) => ({
    value: currency.code,
    label: `${currency.code} · ${currency.name[lang]}`,
  }));
  const parkOptions = (parks.data?.items ?? []).map((park) => ({ value: park.id, label: plainText(park.name, lang) }));
  // A park chosen earlier stays visible (by id) even when the list no longer offers it, so it can be removed.
  for (const id of draft.parkIds) {
    if (!parkOptions.some((option) => option.value === id)) parkOptions.push({ value: id, label: id });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {save.isError ? (
          <div ref={errorSummary} tabIndex={-1}>
            <ErrorAlert error={save.error} title={t('invIncentives.form.notSaved')} />
          </div>
        ) : null}

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.form.policy')}</SectionTitle>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('invIncentives.form.id')}
                description={t('invIncentives.form.idHint')}
                value={draft.id}
                onChange={(event) => set('id', event.currentTarget.value.toLowerCase())}
                error={error('id')}
                disabled={Boolean(incentive)}
                maxLength={80}
                required
              />
              <Select
                label={t('invIncentives.detail.country')}
                data={memberCodes.map((code) => ({ value: code, label: countryName(code, lang) }))}
                value={draft.countryCode || null}
                onChange={(value) => set('countryCode', value ?? '')}
                error={error('countryCode')}
                searchable
                required
              />
              <Select
                label={t('invIncentives.detail.kind')}
                data={incentiveKinds.map((kind) => ({
                  value: kind,
                  label: t(`investment.vocab.incentiveKind.${kind}`),
                }))}
                value={draft.kind || null}
                onChange={(value) => set('kind', value ?? '')}
                error={error('kind')}
                required
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('invIncentives.form.languagesHint')}
            </Text>
            <LocalizedFields
              label={t('invIncentives.form.title')}
              value={draft.title}
              onChange={(value) => set('title', value)}
              error={error('title')}
              maxLength={300}
              required
            />
            <LocalizedFields
              label={t('invIncentives.detail.benefit')}
              value={draft.benefit}
              onChange={(value) => set('benefit', value)}
              error={error('benefit')}
              maxLength={4000}
              multiline
              required
            />
            <LocalizedFields
              label={t('invIncentives.detail.legalBasis')}
              value={draft.legalBasis}
              onChange={(value) => set('legalBasis', value)}
              error={error('legalBasis')}
              maxLength={1000}
              multiline
              required
            />
          </Stack>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.detail.eligibility')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="sm">
            {t('invIncentives.form.eligibilityHint')}
          </Text>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <MultiSelect
                label={t('invIncentives.eligibility.sectors')}
                description={t('invIncentives.form.sectorsHint')}
                data={sectorOptions}
                value={draft.sectors}
                onChange={(value) => set('sectors', value)}
                error={error('eligibility.sectors')}
                searchable
                clearable
              />
              <MultiSelect
                label={t('invIncentives.eligibility.excludedSectors')}
                data={sectorOptions}
                value={draft.excludedSectors}
                onChange={(value) => set('excludedSectors', value)}
                error={error('eligibility.excludedSectors')}
                searchable
                clearable
              />
              <TagsInput
                label={t('invIncentives.eligibility.regions')}
                description={t('invIncentives.form.regionsHint')}
                value={draft.regions}
                onChange={(value) =>
                  set(
                    'regions',
                    value.map((code) => code.trim().toUpperCase()),
                  )
                }
                error={error('eligibility.regions')}
                splitChars={[',', ' ', ';']}
                clearable
              />
              <MultiSelect
                label={t('invIncentives.eligibility.parks')}
                description={
                  draft.countryCode ? t('invIncentives.form.parksHint') : t('invIncentives.form.parksNeedCountry')
                }
                data={parkOptions}
                value={draft.parkIds}
                onChange={(value) => set('parkIds', value)}
                error={error('eligibility.parkIds')}
                disabled={!draft.countryCode}
                searchable
                clearable
              />
              <Group grow align="flex-end" gap="sm" wrap="nowrap">
                <NumberInput
                  label={t('invIncentives.eligibility.minInvestment')}
                  value={draft.minInvestmentAmount}
                  onChange={(value) => set('minInvestmentAmount', value)}
                  error={error('eligibility.minInvestment.amount') ?? error('eligibility.minInvestment')}
                  min={0}
                  thousandSeparator
                />
                <Select
                  label={t('invIncentives.form.currency')}
                  data={currencyOptions}
                  value={draft.minInvestmentCurrency || null}
                  onChange={(value) => set('minInvestmentCurrency', value ?? '')}
                  error={error('eligibility.minInvestment.currency')}
                  searchable
                  clearable
                />
              </Group>
              <NumberInput
                label={t('invIncentives.eligibility.minJobs')}
                value={draft.minJobs}
                onChange={(value) => set('minJobs', value)}
                error={error('eligibility.minJobs')}
                min={1}
                allowDecimal={false}
              />
              <MultiSelect
                label={t('invIncentives.eligibility.stages')}
                description={t('invIncentives.form.stagesHint')}
                data={projectStages.map((stage) => ({ value: stage, label: t(`investment.vocab.stage.${stage}`) }))}
                value={draft.stages}
                onChange={(value) => set('stages', value)}
                error={error('eligibility.stages')}
                clearable
              />
            </SimpleGrid>
            <LocalizedFields
              label={t('invIncentives.eligibility.otherConditions')}
              value={draft.otherConditions}
              onChange={(value) => set('otherConditions', value)}
              error={error('eligibility.otherConditions')}
              maxLength={4000}
              multiline
            />
          </Stack>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.detail.validity')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('invIncentives.form.validFrom')}
              type="date"
              value={draft.validFrom}
              onChange={(event) => set('validFrom', event.currentTarget.value)}
              error={error('validFrom')}
            />
            <TextInput
              label={t('invIncentives.form.validTo')}
              type="date"
              value={draft.validTo}
              onChange={(event) => set('validTo', event.currentTarget.value)}
              error={error('validTo')}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.detail.source')}</SectionTitle>
          <SourceFields value={draft.source} onChange={(value) => set('source', value)} error={error} />
        </Card>

        <CuratorFormActions
          saving={save.isPending}
          cancelTo={incentive ? `/investment/incentives/${encodeURIComponent(incentive.id)}` : '/investment/incentives'}
        />
      </Stack>
    </form>
  );
}

function EditIncentive({ id }: { id: string }) {
  const { t } = useTranslation();
  const incentive = useIncentive(id);
  return (
    <QueryView query={incentive} skeleton={<DetailSkeleton />} errorTitle={t('invIncentives.detail.notFound')}>
      {(data) => <Form incentive={data} />}
    </QueryView>
  );
}

/** Adds a preferential policy to the library, or edits one (Secretariat, admin). */
export default function IncentiveForm() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t('invIncentives.form.editTitle') : t('invIncentives.form.newTitle');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} intro={t('invIncentives.form.intro')} />
      {id ? <EditIncentive id={id} /> : <Form />}
    </>
  );
}
