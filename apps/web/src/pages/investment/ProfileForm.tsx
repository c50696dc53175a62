import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  financingInstruments,
  investorTypes,
  partneringTypes,
  partnershipTypes,
  projectStages,
} from '../../../../../packages/investment/src/vocabulary.ts';
import { isApiError } from '../../api/client.ts';
import { DetailSkeleton, ErrorAlert, ErrorState, PageHeader, SectionTitle } from '../../components/States.tsx';
import { countryName, knownCountries, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { uiLanguages } from '../../lib/locale.ts';
import { numberFromInput } from './investmentShared.tsx';
import { languageLabel } from './matchFormat.ts';
import { useSectorOptions } from './profileLabels.tsx';
import { type Profile, type ProfileInput, useProfile, useSaveProfile } from './profilesApi.ts';

/** Languages offered in the picker: the SCO's working languages and those of member states. */
const languageCodes = ['zh', 'ru', 'en', 'kk', 'ky', 'tg', 'uz', 'hi', 'ur', 'fa', 'be', 'mn', 'tk', 'ar', 'tr'];

const emptyInput: ProfileInput = {
  kind: 'investor',
  investorType: null,
  partneringType: null,
  organisationName: '',
  title: {},
  description: {},
  countryCode: '',
  ticketMinUsd: null,
  ticketMaxUsd: null,
  sectors: [],
  targetCountries: [],
  targetRegions: [],
  stages: [],
  instruments: [],
  partnershipTypes: [],
  languages: [],
  keywords: [],
  contact: { name: '', email: '', phone: null, organisation: null },
  initiativeIds: [],
  documentIds: [],
};

const inputOf = (profile: Profile): ProfileInput => ({
  kind: profile.kind,
  investorType: profile.investorType,
  partneringType: profile.partneringType,
  organisationName: profile.organisationName,
  title: { zh: profile.title.zh ?? undefined, ru: profile.title.ru ?? undefined, en: profile.title.en ?? undefined },
  description: {
    zh: profile.description.zh ?? undefined,
    ru: profile.description.ru ?? undefined,
    en: profile.description.en ?? undefined,
  },
  countryCode: profile.countryCode,
  ticketMinUsd: profile.ticketMinUsd,
  ticketMaxUsd: profile.ticketMaxUsd,
  sectors: profile.sectors,
  targetCountries: profile.targetCountries,
  targetRegions: profile.targetRegions,
  stages: profile.stages,
  instruments: profile.instruments,
  partnershipTypes: profile.partnershipTypes,
  languages: profile.languages,
  keywords: profile.keywords,
  contact: profile.contact ?? emptyInput.contact,
  initiativeIds: profile.initiativeIds,
  documentIds: profile.documentIds,
  expiresOn: profile.expiresAt.slice(0, 10),
});

/** Field errors of a refused save, by top-level field (`title`, `contact`, `ticketMaxUsd`, …). */
function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.path.replace(/^body\.?/, '').split('.')[0] ?? '';
    errors[field] ??= fieldError.message;
  }
  // Domain checks name the field first: "expiresOn: 2020-01-01 is not in the future."
  const named = /^(\w+): (.*)$/.exec(error.detail);
  if (error.fieldErrors.length === 0 && named?.[1] && named[2]) errors[named[1]] = named[2];
  return errors;
}

function ProfileFormFields({ initial, id }: { initial: ProfileInput; id: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const save = useSaveProfile(id);
  const [input, setInput] = useState<ProfileInput>(initial);
  const [tickets, setTickets] = useState<{ min: number | string; max: number | string }>({
    min: initial.ticketMinUsd ?? '',
    max: initial.ticketMaxUsd ?? '',
  });
  const sectorOptions = useSectorOptions(lang);
  const errors = fieldErrorsOf(save.error);
  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ProfileInput = {
      ...input,
      investorType: input.kind === 'investor' ? input.investorType : null,
      partneringType: input.kind === 'partnering' ? input.partneringType : null,
      ticketMinUsd: input.kind === 'investor' ? numberFromInput(tickets.min) : null,
      ticketMaxUsd: input.kind === 'investor' ? numberFromInput(tickets.max) : null,
      expiresOn: input.expiresOn || undefined,
    };
    save.mutate(body, { onSuccess: (profile) => navigate(`/investment/profiles/${profile.id}`) });
  };
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const countryOptions = knownCountries.map((country) => ({
    value: country.code,
    label: countryName(country.code, lang),
  }));
  const unexplained = save.isError && Object.keys(errors).length === 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={900}>
        {id ? null : (
          <SegmentedControl
            aria-label={t('invMatching.fields.kind')}
            value={input.kind}
            onChange={(value) => set('kind', value as ProfileInput['kind'])}
            data={[
              { value: 'investor', label: t('investment.vocab.profileKind.investor') },
              { value: 'partnering', label: t('investment.vocab.profileKind.partnering') },
            ]}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input.kind === 'investor' ? (
            <Select
              id="profile-investor-type"
              label={t('invMatching.fields.investorType')}
              data={options(investorTypes, 'investment.vocab.investorType')}
              value={input.investorType}
              onChange={(value) => set('investorType', value as ProfileInput['investorType'])}
              error={errors.investorType}
              required
            />
          ) : (
            <Select
              id="profile-partnering-type"
              label={t('invMatching.fields.partneringType')}
              data={options(partneringTypes, 'investment.vocab.partneringType')}
              value={input.partneringType}
              onChange={(value) => set('partneringType', value as ProfileInput['partneringType'])}
              error={errors.partneringType}
              required
            />
          )}
          <TextInput
            id="profile-organisation"
            label={t('invMatching.fields.organisation')}
            value={input.organisationName}
            onChange={(event) => set('organisationName', event.currentTarget.value)}
            error={errors.organisationName}
            required
          />
          <Select
            id="profile-country"
            label={t('invMatching.fields.country')}
            data={memberCodes.map((code) => ({ value: code, label: countryName(code, lang) }))}
            value={input.countryCode || null}
            onChange={(value) => set('countryCode', value ?? '')}
            error={errors.countryCode}
            searchable
            required
          />
          <TextInput
            id="profile-expires"
            type="date"
            label={t('invMatching.fields.expiresOn')}
            description={t('invMatching.form.expiresHelp')}
            value={input.expiresOn ?? ''}
            onChange={(event) => set('expiresOn', event.currentTarget.value)}
            error={errors.expiresOn}
          />
        </SimpleGrid>

        <Card withBorder padding="md">
          <SectionTitle order={3}>{t('invMatching.form.texts')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="sm">
            {t('invMatching.form.textsHelp')}
          </Text>
          <Stack gap="sm">
            {uiLanguages.map((language) => (
              <Stack key={language} gap={4}>
                <TextInput
                  id={`profile-title-${language}`}
                  label={t('invMatching.form.titleIn', { language: t(`languageName.${language}`) })}
                  lang={language}
                  value={input.title[language] ?? ''}
                  onChange={(event) => set('title', { ...input.title, [language]: event.currentTarget.value })}
                  error={language === 'zh' ? errors.title : undefined}
                />
                <Textarea
                  id={`profile-description-${language}`}
                  label={t('invMatching.form.descriptionIn', { language: t(`languageName.${language}`) })}
                  lang={language}
                  autosize
                  minRows={2}
                  value={input.description[language] ?? ''}
                  onChange={(event) =>
                    set('description', { ...input.description, [language]: event.currentTarget.value })
                  }
                  error={language === 'zh' ? errors.description : undefined}
                />
              </Stack>
            ))}
          </Stack>
        </Card>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input.kind === 'investor' ? (
            <>
              <NumberInput
                id="profile-ticket-min"
                label={t('invMatching.fields.ticketMin')}
                min={0}
                thousandSeparator=" "
                value={tickets.min}
                onChange={(value) => setTickets((current) => ({ ...current, min: value }))}
                error={errors.ticketMinUsd}
                required
              />
              <NumberInput
                id="profile-ticket-max"
                label={t('invMatching.fields.ticketMax')}
                min={0}
                thousandSeparator=" "
                value={tickets.max}
                onChange={(value) => setTickets((current) => ({ ...current, max: value }))}
                error={errors.ticketMaxUsd}
                required
              />
            </>
          ) : null}
          <MultiSelect
            id="profile-sectors"
            label={t('invMatching.fields.sectors')}
            description={t('invMatching.form.sectorsHelp')}
            data={sectorOptions}
            value={input.sectors}
            onChange={(value) => set('sectors', value)}
            error={errors.sectors}
            searchable
            required
          />
          <MultiSelect
            id="profile-target-countries"
            label={t('invMatching.fields.targetCountries')}
            description={t('invMatching.form.emptyMeansAny')}
            data={countryOptions}
            value={input.targetCountries}
            onChange={(value) => set('targetCountries', value)}
            error={errors.targetCountries}
            searchable
          />
          <TagsInput
            id="profile-target-regions"
            label={t('invMatching.fields.targetRegions')}
            description={t('invMatching.form.regionsHelp')}
            value={input.targetRegions}
            onChange={(value) => set('targetRegions', value)}
            error={errors.targetRegions}
          />
          <MultiSelect
            id="profile-stages"
            label={t('invMatching.fields.stages')}
            description={t('invMatching.form.emptyMeansAny')}
            data={options(projectStages, 'investment.vocab.stage')}
            value={input.stages}
            onChange={(value) => set('stages', value)}
            error={errors.stages}
          />
          <MultiSelect
            id="profile-instruments"
            label={t('invMatching.fields.instruments')}
            description={t('invMatching.form.emptyMeansAny')}
            data={options(financingInstruments, 'investment.vocab.instrument')}
            value={input.instruments}
            onChange={(value) => set('instruments', value)}
            error={errors.instruments}
          />
          <MultiSelect
            id="profile-partnership-types"
            label={t('invMatching.fields.partnershipTypes')}
            data={options(partnershipTypes, 'investment.vocab.partnershipType')}
            value={input.partnershipTypes}
            onChange={(value) => set('partnershipTypes', value)}
            error={errors.partnershipTypes}
          />
          <MultiSelect
            id="profile-languages"
            label={t('invMatching.fields.languages')}
            data={languageCodes.map((code) => ({ value: code, label: languageLabel(code, lang) }))}
            value={input.languages}
            onChange={(value) => set('languages', value)}
            error={errors.languages}
            searchable
            required
          />
          <TagsInput
            id="profile-keywords"
            label={t('invMatching.fields.keywords')}
            description={t('invMatching.form.keywordsHelp')}
            value={input.keywords}
            onChange={(value) => set('keywords', value)}
            error={errors.keywords}
          />
          <TagsInput
            id="profile-initiatives"
            label={t('invMatching.fields.initiativeIds')}
            value={input.initiativeIds}
            onChange={(value) => set('initiativeIds', value)}
            error={errors.initiativeIds}
          />
          <TagsInput
            id="profile-documents"
            label={t('invMatching.fields.documentIds')}
            value={input.documentIds}
            onChange={(value) => set('documentIds', value)}
            error={errors.documentIds}
          />
        </SimpleGrid>

        <Card withBorder padding="md">
          <SectionTitle order={3}>{t('invMatching.fields.contact')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="sm">
            {t('invMatching.form.contactHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id="profile-contact-name"
              label={t('invMatching.form.contactName')}
              value={input.contact.name}
              onChange={(event) => set('contact', { ...input.contact, name: event.currentTarget.value })}
              error={errors.contact}
              required
            />
            <TextInput
              id="profile-contact-email"
              type="email"
              label={t('invMatching.form.contactEmail')}
              value={input.contact.email}
              onChange={(event) => set('contact', { ...input.contact, email: event.currentTarget.value })}
              required
            />
            <TextInput
              id="profile-contact-phone"
              label={t('invMatching.form.contactPhone')}
              value={input.contact.phone ?? ''}
              onChange={(event) => set('contact', { ...input.contact, phone: event.currentTarget.value || null })}
            />
          </SimpleGrid>
        </Card>

        {save.isError ? (
          unexplained ? (
            <ErrorAlert error={save.error} />
          ) : (
            <Alert color="red" variant="light" role="alert" title={t('invMatching.form.fixFields')} />
          )
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {id ? t('common.save') : t('invMatching.form.publish')}
          </Button>
          <Button variant="subtle" onClick={() => navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create or edit an investor or partnering profile; the API's field errors show next to their fields. */
export default function ProfileForm() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle(id ? t('invMatching.form.editTitle') : t('invMatching.form.newTitle'));
  return (
    <>
      <PageHeader title={id ? t('invMatching.form.editTitle') : t('invMatching.form.newTitle')} />
      {id ? <EditProfile id={id} /> : <ProfileFormFields initial={emptyInput} id={undefined} />}
    </>
  );
}

function EditProfile({ id }: { id: string }) {
  const profile = useProfile(id);
  if (profile.isPending) return <DetailSkeleton />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return <ProfileFormFields initial={inputOf(profile.data)} id={id} />;
}
