import {
  ActionIcon,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { type ParkKind, parkKinds } from '../../../../../packages/investment/src/vocabulary.ts';
import { RegionMap } from '../../components/RegionMap.tsx';
import { DetailSkeleton, ErrorAlert, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  CuratorFormActions,
  isicOptions,
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
import { type ParkDetail, type ParkInputBody, usePark, useSavePark } from './incentivesApi.ts';
import { numberFromInput } from './investmentShared.tsx';
import { useReference } from './projectsApi.ts';

interface ResidentDraft {
  /** Keeps a row's inputs attached to it when an earlier row is removed. */
  key: number;
  name: string;
  sector: string;
}

interface Draft {
  id: string;
  name: LocalizedDraft;
  description: LocalizedDraft;
  kind: string;
  countryCode: string;
  regionCode: string;
  latitude: number | string;
  longitude: number | string;
  specialisations: string[];
  establishedYear: number | string;
  areaHectares: number | string;
  residentCount: number | string;
  residents: ResidentDraft[];
  website: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactOrganisation: string;
  source: SourceDraft;
}

let nextResidentKey = 0;
const residentRow = (name = '', sector = ''): ResidentDraft => {
  nextResidentKey += 1;
  return { key: nextResidentKey, name, sector };
};

function draftOf(park: ParkDetail | undefined): Draft {
  return {
    id: park?.id ?? '',
    name: localizedDraftOf(park?.name),
    description: localizedDraftOf(park?.description),
    kind: park?.kind ?? '',
    countryCode: park?.countryCode ?? '',
    regionCode: park?.regionCode ?? '',
    latitude: park?.latitude ?? '',
    longitude: park?.longitude ?? '',
    specialisations: park?.specialisations ?? [],
    establishedYear: park?.establishedYear ?? '',
    areaHectares: park?.areaHectares ?? '',
    residentCount: park?.residentCount ?? '',
    residents: (park?.residents ?? []).map((resident) => residentRow(resident.name, resident.sector ?? '')),
    website: park?.website ?? '',
    contactName: park?.contact?.name ?? '',
    contactEmail: park?.contact?.email ?? '',
    contactPhone: park?.contact?.phone ?? '',
    contactOrganisation: park?.contact?.organisation ?? '',
    source: sourceDraftOf(park),
  };
}

function bodyOf(draft: Draft): ParkInputBody {
  const contactGiven = [draft.contactName, draft.contactEmail, draft.contactPhone, draft.contactOrganisation].some(
    (text) => text.trim() !== '',
  );
  return {
    id: draft.id.trim(),
    name: localizedBodyOf(draft.name),
    description: localizedBodyOf(draft.description),
    kind: draft.kind as ParkKind,
    countryCode: draft.countryCode,
    regionCode: draft.regionCode.trim() || null,
    latitude: numberFromInput(draft.latitude),
    longitude: numberFromInput(draft.longitude),
    specialisations: draft.specialisations,
    establishedYear: numberFromInput(draft.establishedYear),
    areaHectares: numberFromInput(draft.areaHectares),
    residentCount: numberFromInput(draft.residentCount),
    residents: draft.residents.map((resident) => ({ name: resident.name, sector: resident.sector || null })),
    website: draft.website.trim() || null,
    contact: contactGiven
      ? {
          name: draft.contactName,
          email: draft.contactEmail.trim(),
          phone: draft.contactPhone.trim() || null,
          organisation: draft.contactOrganisation.trim() || null,
        }
      : null,
    ...sourceBodyOf(draft.source),
  };
}

function Form({ park }: { park?: ParkDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const reference = useReference();
  const save = useSavePark(park?.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(park));
  const { error, capture, clear } = useFieldErrors();
  const errorSummary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setResident = (key: number, change: Partial<ResidentDraft>) =>
    set(
      'residents',
      draft.residents.map((resident) => (resident.key === key ? { ...resident, ...change } : resident)),
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    save.mutate(bodyOf(draft), {
      onSuccess: (saved) => navigate(`/investment/parks/${encodeURIComponent(saved.id)}`),
      onError: (failure) => {
        capture(failure);
        requestAnimationFrame(() => errorSummary.current?.focus());
      },
    });
  };

  const divisionOptions = isicOptions(reference.data, lang, { sections: false });
  const sectorOptions = isicOptions(reference.data, lang, { sections: true });
  const latitude = numberFromInput(draft.latitude);
  const longitude = numberFromInput(draft.longitude);
  const previewLabel = localizedBodyOf(draft.name)[lang] ?? (draft.id || t('invIncentives.parkForm.newPark'));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {save.isError ? (
          <div ref={errorSummary} tabIndex={-1}>
            <ErrorAlert error={save.error} title={t('invIncentives.form.notSaved')} />
          </div>
        ) : null}

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.parkForm.park')}</SectionTitle>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('invIncentives.form.id')}
                description={t('invIncentives.form.idHint')}
                value={draft.id}
                onChange={(event) => set('id', event.currentTarget.value.toLowerCase())}
                error={error('id')}
                disabled={Boolean(park)}
                maxLength={80}
                required
              />
              <Select
                label={t('invIncentives.parks.kind')}
                data={parkKinds.map((kind) => ({ value: kind, label: t(`investment.vocab.parkKind.${kind}`) }))}
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
              label={t('invIncentives.parkForm.name')}
              value={draft.name}
              onChange={(value) => set('name', value)}
              error={error('name')}
              maxLength={300}
              required
            />
            <LocalizedFields
              label={t('invIncentives.parkForm.description')}
              value={draft.description}
              onChange={(value) => set('description', value)}
              error={error('description')}
              maxLength={4000}
              multiline
              required
            />
          </Stack>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.parks.location')}</SectionTitle>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('invIncentives.detail.country')}
                data={memberCodes.map((code) => ({ value: code, label: countryName(code, lang) }))}
                value={draft.countryCode || null}
                onChange={(value) => set('countryCode', value ?? '')}
                error={error('countryCode')}
                searchable
                required
              />
              <TextInput
                label={t('invIncentives.parkForm.regionCode')}
                description={t('invIncentives.parkForm.regionHint')}
                value={draft.regionCode}
                onChange={(event) => set('regionCode', event.currentTarget.value.toUpperCase())}
                error={error('regionCode')}
                maxLength={6}
              />
              <NumberInput
                label={t('invIncentives.parkForm.latitude')}
                value={draft.latitude}
                onChange={(value) => set('latitude', value)}
                error={error('latitude')}
                min={-90}
                max={90}
                decimalScale={6}
              />
              <NumberInput
                label={t('invIncentives.parkForm.longitude')}
                value={draft.longitude}
                onChange={(value) => set('longitude', value)}
                error={error('longitude')}
                min={-180}
                max={180}
                decimalScale={6}
              />
            </SimpleGrid>
            {latitude !== null && longitude !== null ? (
              <RegionMap
                points={[
                  {
                    id: draft.id || 'preview',
                    label: previewLabel,
                    latitude,
                    longitude,
                  },
                ]}
                height={240}
                ariaLabel={t('invIncentives.parkForm.mapPreview')}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('invIncentives.parkForm.mapHint')}
              </Text>
            )}
          </Stack>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.parkForm.facts')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect
              label={t('invIncentives.parks.specialisation')}
              description={t('invIncentives.parkForm.specialisationHint')}
              data={divisionOptions}
              value={draft.specialisations}
              onChange={(value) => set('specialisations', value)}
              error={error('specialisations')}
              searchable
              clearable
            />
            <NumberInput
              label={t('invIncentives.parks.established')}
              value={draft.establishedYear}
              onChange={(value) => set('establishedYear', value)}
              error={error('establishedYear')}
              min={1900}
              max={2100}
              allowDecimal={false}
            />
            <NumberInput
              label={t('invIncentives.parkForm.areaHectares')}
              value={draft.areaHectares}
              onChange={(value) => set('areaHectares', value)}
              error={error('areaHectares')}
              min={0}
              decimalScale={2}
              thousandSeparator
            />
            <NumberInput
              label={t('invIncentives.parkForm.residentCount')}
              description={t('invIncentives.parkForm.residentCountHint')}
              value={draft.residentCount}
              onChange={(value) => set('residentCount', value)}
              error={error('residentCount')}
              min={0}
              allowDecimal={false}
            />
            <TextInput
              label={t('invIncentives.parks.website')}
              type="url"
              value={draft.website}
              onChange={(event) => set('website', event.currentTarget.value)}
              error={error('website')}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.parks.residents')}</SectionTitle>
          <Stack gap="sm">
            {error('residents') ? (
              <Text size="sm" c="red" role="alert">
                {error('residents')}
              </Text>
            ) : null}
            {draft.residents.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('invIncentives.parks.noResidents')}
              </Text>
            ) : null}
            {draft.residents.map((resident, index) => (
              <Paper key={resident.key} withBorder p="xs" radius="sm">
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1, minWidth: 0 }}>
                    <TextInput
                      label={t('invIncentives.parkForm.residentName', { number: index + 1 })}
                      value={resident.name}
                      onChange={(event) => setResident(resident.key, { name: event.currentTarget.value })}
                      error={error(`residents.${index}.name`)}
                      maxLength={300}
                      required
                    />
                    <Select
                      label={t('invIncentives.parkForm.residentSector', { number: index + 1 })}
                      data={sectorOptions}
                      value={resident.sector || null}
                      onChange={(value) => setResident(resident.key, { sector: value ?? '' })}
                      error={error(`residents.${index}.sector`)}
                      searchable
                      clearable
                    />
                  </SimpleGrid>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={4}
                    aria-label={t('invIncentives.parkForm.removeResident', { number: index + 1 })}
                    onClick={() =>
                      set(
                        'residents',
                        draft.residents.filter((row) => row.key !== resident.key),
                      )
                    }
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => set('residents', [...draft.residents, residentRow()])}
              >
                {t('invIncentives.parkForm.addResident')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.parks.contact')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="sm">
            {t('invIncentives.parkForm.contactHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('invIncentives.parkForm.contactName')}
              value={draft.contactName}
              onChange={(event) => set('contactName', event.currentTarget.value)}
              error={error('contact.name')}
              maxLength={200}
            />
            <TextInput
              label={t('invIncentives.parkForm.contactEmail')}
              type="email"
              value={draft.contactEmail}
              onChange={(event) => set('contactEmail', event.currentTarget.value)}
              error={error('contact.email')}
            />
            <TextInput
              label={t('invIncentives.parkForm.contactPhone')}
              value={draft.contactPhone}
              onChange={(event) => set('contactPhone', event.currentTarget.value)}
              error={error('contact.phone')}
              maxLength={50}
            />
            <TextInput
              label={t('invIncentives.parkForm.contactOrganisation')}
              value={draft.contactOrganisation}
              onChange={(event) => set('contactOrganisation', event.currentTarget.value)}
              error={error('contact.organisation')}
              maxLength={300}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder component="section">
          <SectionTitle order={3}>{t('invIncentives.detail.source')}</SectionTitle>
          <SourceFields value={draft.source} onChange={(value) => set('source', value)} error={error} />
        </Card>

        <CuratorFormActions
          saving={save.isPending}
          cancelTo={park ? `/investment/parks/${encodeURIComponent(park.id)}` : '/investment/parks'}
        />
      </Stack>
    </form>
  );
}

function EditPark({ id }: { id: string }) {
  const { t } = useTranslation();
  const park = usePark(id);
  return (
    <QueryView query={park} skeleton={<DetailSkeleton />} errorTitle={t('invIncentives.parks.notFound')}>
      {(data) => <Form park={data} />}
    </QueryView>
  );
}

/** Adds a technology park or zone to the registry, or edits one (Secretariat, admin). */
export default function ParkForm() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t('invIncentives.parkForm.editTitle') : t('invIncentives.parkForm.newTitle');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} intro={t('invIncentives.parkForm.intro')} />
      {id ? <EditPark id={id} /> : <Form />}
    </>
  );
}
