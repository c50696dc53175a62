import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  type EnvironmentalCategory,
  environmentalCategories,
  type FinancingInstrument,
  financingInstruments,
  type ProjectStage,
  projectStages,
} from '../../../../../packages/investment/src/vocabulary.ts';
import { isApiError } from '../../api/client.ts';
import { useAuth } from '../../auth/auth.tsx';
import { DetailSkeleton, ErrorAlert, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { uiLanguages } from '../../i18n.ts';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { numberFromInput } from './investmentShared.tsx';
import { type ProjectDetail, type ProjectInputBody, useProject, useReference, useSaveProject } from './projectsApi.ts';

type Lang = 'zh' | 'ru' | 'en';

interface Draft {
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  sponsorName: string;
  countryCode: string;
  regionCode: string;
  regionName: string;
  latitude: number | string;
  longitude: number | string;
  isicDivision: string;
  stage: string;
  capitalCost: number | string;
  currency: string;
  financingInstruments: string[];
  financingAmount: number | string;
  jobs: number | string;
  environmentalCategory: string;
  sdgs: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactOrganisation: string;
  languages: string[];
  keywords: string[];
  initiativeIds: string[];
  documentIds: string[];
}

const texts = (value: { zh: string | null; ru: string | null; en: string | null } | undefined) => ({
  zh: value?.zh ?? '',
  ru: value?.ru ?? '',
  en: value?.en ?? '',
});

function draftOf(project: ProjectDetail | undefined, countryCode: string): Draft {
  return {
    title: texts(project?.title),
    summary: texts(project?.summary),
    sponsorName: project?.sponsorName ?? '',
    countryCode: project?.countryCode ?? countryCode,
    regionCode: project?.regionCode ?? '',
    regionName: project?.regionName ?? '',
    latitude: project?.latitude ?? '',
    longitude: project?.longitude ?? '',
    isicDivision: project?.isicDivision ?? '',
    stage: project?.stage ?? '',
    capitalCost: project?.capitalCost ?? '',
    currency: project?.currency ?? '',
    financingInstruments: project?.financingInstruments ?? [],
    financingAmount: project?.financingAmount ?? '',
    jobs: project?.jobs ?? '',
    environmentalCategory: project?.environmentalCategory ?? '',
    sdgs: (project?.sdgs ?? []).map(String),
    contactName: project?.contact?.name ?? '',
    contactEmail: project?.contact?.email ?? '',
    contactPhone: project?.contact?.phone ?? '',
    contactOrganisation: project?.contact?.organisation ?? '',
    languages: project?.languages ?? [],
    keywords: project?.keywords ?? [],
    initiativeIds: project?.initiativeIds ?? [],
    documentIds: project?.documentIds ?? [],
  };
}

const nonEmpty = (value: Record<Lang, string>) =>
  Object.fromEntries(Object.entries(value).filter(([, text]) => text.trim() !== '')) as Partial<Record<Lang, string>>;

function bodyOf(draft: Draft): ProjectInputBody {
  return {
    title: nonEmpty(draft.title),
    summary: nonEmpty(draft.summary),
    sponsorName: draft.sponsorName,
    countryCode: draft.countryCode,
    regionCode: draft.regionCode.trim() || null,
    regionName: draft.regionName.trim() || null,
    latitude: numberFromInput(draft.latitude),
    longitude: numberFromInput(draft.longitude),
    isicDivision: draft.isicDivision,
    stage: draft.stage as ProjectStage,
    capitalCost: numberFromInput(draft.capitalCost) ?? 0,
    currency: draft.currency,
    financingInstruments: draft.financingInstruments as FinancingInstrument[],
    financingAmount: numberFromInput(draft.financingAmount),
    jobs: numberFromInput(draft.jobs),
    environmentalCategory: (draft.environmentalCategory || null) as EnvironmentalCategory | null,
    sdgs: draft.sdgs.map(Number),
    contact: {
      name: draft.contactName,
      email: draft.contactEmail.trim(),
      phone: draft.contactPhone.trim() || null,
      organisation: draft.contactOrganisation.trim() || null,
    },
    languages: draft.languages.map((code) => code.trim().toLowerCase()),
    keywords: draft.keywords,
    initiativeIds: draft.initiativeIds,
    documentIds: draft.documentIds,
  };
}

/** `body.contact.email` → `contact.email`; `body.sdgs.0` → `sdgs`: the field the message belongs under. */
function fieldKeyOf(path: string): string {
  const parts = path.replace(/^body\.?/, '').split('.');
  if (parts[0] === 'contact' || parts[0] === 'title' || parts[0] === 'summary') return parts.slice(0, 2).join('.');
  return parts[0] ?? '';
}

function Form({ project }: { project?: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { user } = useAuth();
  const reference = useReference();
  const save = useSaveProject(project?.id);
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(project, user?.role === 'focal_point' ? (user.countryCode ?? '') : ''),
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const errorSummary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const error = (...keys: string[]) => keys.map((key) => fieldErrors[key]).find(Boolean);

  const wasPublished = project?.status === 'published';
  const canSubmitToo = !project || project.status === 'draft' || project.status === 'returned';

  const send = (submit: boolean) => {
    setFieldErrors({});
    save.mutate(
      { input: bodyOf(draft), submit },
      {
        onSuccess: (saved) => navigate(`/investment/projects/${saved.id}`),
        onError: (failure) => {
          if (isApiError(failure)) {
            const mapped: Record<string, string> = {};
            for (const fieldError of failure.fieldErrors) {
              const key = fieldKeyOf(fieldError.path);
              mapped[key] ??= fieldError.message;
            }
            setFieldErrors(mapped);
          }
          requestAnimationFrame(() => errorSummary.current?.focus());
        },
      },
    );
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    send(submitter?.value === 'submit');
  };

  const divisionOptions = (reference.data?.isic.sections ?? []).map((section) => ({
    group: `${section.code} · ${plainText(section.name, lang)}`,
    items: section.divisions.map((division) => ({
      value: division.code,
      label: `${division.code} · ${plainText(division.name, lang)}`,
    })),
  }));
  const currencyOptions = (reference.data?.currencies.items ?? []).map((currency) => ({
    value: currency.code,
    label: `${currency.code} · ${currency.name[lang]}`,
  }));
  const sdgOptions = (reference.data?.sdgs.goals ?? []).map((goal) => ({
    value: String(goal.number),
    label: `${goal.number} · ${plainText(goal.name, lang)}`,
  }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {wasPublished ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('invProjects.form.publishedWarningTitle')}
          >
            {t('invProjects.form.publishedWarning')}
          </Alert>
        ) : null}
        {project?.status === 'returned' && project.returnReason ? (
          <Alert color="orange" variant="light" title={t('invProjects.detail.returned')}>
            {project.returnReason}
          </Alert>
        ) : null}
        {save.isError ? (
          <div ref={errorSummary} tabIndex={-1}>
            <ErrorAlert error={save.error} title={t('invProjects.form.notSaved')} />
          </div>
        ) : null}

        <Card withBorder component="fieldset">
          <SectionTitle order={3}>{t('invProjects.form.description')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="sm">
            {t('invProjects.form.languagesHint')}
          </Text>
          <Stack gap="sm">
            {uiLanguages.map((language) => (
              <TextInput
                key={`title-${language}`}
                label={t('invProjects.form.titleIn', { language: t(`languageName.${language}`) })}
                lang={language}
                value={draft.title[language]}
                onChange={(event) => set('title', { ...draft.title, [language]: event.currentTarget.value })}
                error={error(`title.${language}`, language === uiLanguages[0] ? 'title' : '')}
                maxLength={200}
              />
            ))}
            {uiLanguages.map((language) => (
              <Textarea
                key={`summary-${language}`}
                label={t('invProjects.form.summaryIn', { language: t(`languageName.${language}`) })}
                lang={language}
                value={draft.summary[language]}
                onChange={(event) => set('summary', { ...draft.summary, [language]: event.currentTarget.value })}
                error={error(`summary.${language}`, language === uiLanguages[0] ? 'summary' : '')}
                autosize
                minRows={3}
                maxLength={5000}
              />
            ))}
            <TextInput
              label={t('invProjects.field.sponsor')}
              value={draft.sponsorName}
              onChange={(event) => set('sponsorName', event.currentTarget.value)}
              error={error('sponsorName')}
              required
            />
            <TagsInput
              label={t('invProjects.field.keywords')}
              value={draft.keywords}
              onChange={(value) => set('keywords', value)}
              error={error('keywords')}
              maxTags={30}
            />
          </Stack>
        </Card>

        <Card withBorder component="fieldset">
          <SectionTitle order={3}>{t('invProjects.form.location')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('invProjects.field.country')}
              data={memberCodes.map((code) => ({ value: code, label: countryName(code, lang) }))}
              value={draft.countryCode || null}
              onChange={(value) => set('countryCode', value ?? '')}
              error={error('countryCode')}
              disabled={user?.role === 'focal_point'}
              required
            />
            <TextInput
              label={t('invProjects.field.regionCode')}
              description={t('invProjects.form.regionCodeHint')}
              value={draft.regionCode}
              onChange={(event) => set('regionCode', event.currentTarget.value.toUpperCase())}
              error={error('regionCode')}
              maxLength={6}
            />
            <TextInput
              label={t('invProjects.field.regionName')}
              value={draft.regionName}
              onChange={(event) => set('regionName', event.currentTarget.value)}
              error={error('regionName')}
            />
            <Group grow align="flex-start" gap="sm">
              <NumberInput
                label={t('invProjects.field.latitude')}
                value={draft.latitude}
                onChange={(value) => set('latitude', value)}
                error={error('latitude')}
                min={-90}
                max={90}
                decimalScale={6}
              />
              <NumberInput
                label={t('invProjects.field.longitude')}
                value={draft.longitude}
                onChange={(value) => set('longitude', value)}
                error={error('longitude')}
                min={-180}
                max={180}
                decimalScale={6}
              />
            </Group>
          </SimpleGrid>
        </Card>

        <Card withBorder component="fieldset">
          <SectionTitle order={3}>{t('invProjects.form.investment')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('invProjects.field.sector')}
              data={divisionOptions}
              value={draft.isicDivision || null}
              onChange={(value) => set('isicDivision', value ?? '')}
              error={error('isicDivision')}
              searchable
              required
            />
            <Select
              label={t('invProjects.field.stage')}
              data={projectStages.map((stage) => ({ value: stage, label: t(`investment.vocab.stage.${stage}`) }))}
              value={draft.stage || null}
              onChange={(value) => set('stage', value ?? '')}
              error={error('stage')}
              required
            />
            <NumberInput
              label={t('invProjects.field.capitalCost')}
              value={draft.capitalCost}
              onChange={(value) => set('capitalCost', value)}
              error={error('capitalCost')}
              min={0}
              thousandSeparator
              required
            />
            <Select
              label={t('invProjects.field.currency')}
              data={currencyOptions}
              value={draft.currency || null}
              onChange={(value) => set('currency', value ?? '')}
              error={error('currency')}
              searchable
              required
            />
            <Checkbox.Group
              label={t('invProjects.field.instrument')}
              value={draft.financingInstruments}
              onChange={(value) => set('financingInstruments', value)}
              error={error('financingInstruments')}
              required
            >
              <Group gap="sm" mt={4}>
                {financingInstruments.map((instrument) => (
                  <Checkbox
                    key={instrument}
                    value={instrument}
                    label={t(`investment.vocab.instrument.${instrument}`)}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <NumberInput
              label={t('invProjects.field.financingAmount')}
              description={t('invProjects.form.financingHint')}
              value={draft.financingAmount}
              onChange={(value) => set('financingAmount', value)}
              error={error('financingAmount')}
              min={0}
              thousandSeparator
            />
            <NumberInput
              label={t('invProjects.field.jobs')}
              value={draft.jobs}
              onChange={(value) => set('jobs', value)}
              error={error('jobs')}
              min={0}
              allowDecimal={false}
            />
            <Select
              label={t('invProjects.field.environmentalCategory')}
              data={environmentalCategories.map((category) => ({
                value: category,
                label: t(`investment.vocab.environmentalCategory.${category}`),
              }))}
              value={draft.environmentalCategory || null}
              onChange={(value) => set('environmentalCategory', value ?? '')}
              error={error('environmentalCategory')}
              clearable
            />
            <MultiSelect
              label={t('invProjects.field.sdgs')}
              data={sdgOptions}
              value={draft.sdgs}
              onChange={(value) => set('sdgs', value)}
              error={error('sdgs')}
              searchable
            />
            <TagsInput
              label={t('invProjects.field.languages')}
              description={t('invProjects.form.languagesCodeHint')}
              value={draft.languages}
              onChange={(value) => set('languages', value)}
              error={error('languages')}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder component="fieldset">
          <SectionTitle order={3}>{t('invProjects.detail.contact')}</SectionTitle>
          <Text size="sm" c="dimmed" mb="sm">
            {t('invProjects.form.contactHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('invProjects.field.contactName')}
              value={draft.contactName}
              onChange={(event) => set('contactName', event.currentTarget.value)}
              error={error('contact.name')}
              required
            />
            <TextInput
              label={t('invProjects.field.contactEmail')}
              type="email"
              value={draft.contactEmail}
              onChange={(event) => set('contactEmail', event.currentTarget.value)}
              error={error('contact.email')}
              required
            />
            <TextInput
              label={t('invProjects.field.contactPhone')}
              value={draft.contactPhone}
              onChange={(event) => set('contactPhone', event.currentTarget.value)}
              error={error('contact.phone')}
            />
            <TextInput
              label={t('invProjects.field.contactOrganisation')}
              value={draft.contactOrganisation}
              onChange={(event) => set('contactOrganisation', event.currentTarget.value)}
              error={error('contact.organisation')}
            />
          </SimpleGrid>
        </Card>

        <Card withBorder component="fieldset">
          <SectionTitle order={3}>{t('invProjects.detail.agenda')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TagsInput
              label={t('invProjects.field.initiativeIds')}
              value={draft.initiativeIds}
              onChange={(value) => set('initiativeIds', value)}
              error={error('initiativeIds')}
            />
            <TagsInput
              label={t('invProjects.field.documentIds')}
              value={draft.documentIds}
              onChange={(value) => set('documentIds', value)}
              error={error('documentIds')}
            />
          </SimpleGrid>
        </Card>

        <Group gap="sm">
          {wasPublished ? (
            <Button
              type="submit"
              value="save"
              leftSection={<IconSend size={16} aria-hidden />}
              loading={save.isPending}
            >
              {t('invProjects.form.saveToModeration')}
            </Button>
          ) : (
            <>
              <Button
                type="submit"
                value="save"
                variant={canSubmitToo ? 'default' : 'filled'}
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                loading={save.isPending && !save.variables?.submit}
              >
                {canSubmitToo ? t('invProjects.form.saveDraft') : t('common.save')}
              </Button>
              {canSubmitToo ? (
                <Button
                  type="submit"
                  value="submit"
                  leftSection={<IconSend size={16} aria-hidden />}
                  loading={save.isPending && save.variables?.submit}
                >
                  {t('invProjects.form.saveAndSubmit')}
                </Button>
              ) : null}
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function EditProject({ id }: { id: string }) {
  const { t } = useTranslation();
  const project = useProject(id);
  return (
    <QueryView query={project} skeleton={<DetailSkeleton />} errorTitle={t('invProjects.form.editTitle')}>
      {(data) => <Form project={data} />}
    </QueryView>
  );
}

export default function ProjectForm() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t('invProjects.form.editTitle') : t('invProjects.form.newTitle');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} intro={t('invProjects.form.intro')} />
      {id ? <EditProject id={id} /> : <Form />}
    </>
  );
}
