import { Checkbox, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  type LinkStatus,
  linkStatuses,
  type TransportMode,
  transportModes,
} from '../../../../../packages/freight/src/vocabulary.ts';
import { DetailSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  type FreightLink,
  type LinkCreateBody,
  type LinkUpdateBody,
  useCreateLink,
  useLink,
  useNodes,
  useUpdateLink,
} from './freightApi.ts';
import { EstimateBadge, gaugeOptions, nodeLabel } from './freightShared.tsx';
import { FormActions, numberFromInput, ReasonField, SaveError, useFieldErrors } from './NetworkFormShared.tsx';

interface Draft {
  distanceKm: number | string;
  distanceSource: string;
  transitHours: number | string;
  status: string;
  dwellHoursMin: number | string;
  dwellHoursMax: number | string;
  dwellSource: string;
  note: string;
  reason: string;
}

const emptyDraft: Draft = {
  distanceKm: '',
  distanceSource: '',
  transitHours: '',
  status: 'operational',
  dwellHoursMin: '',
  dwellHoursMax: '',
  dwellSource: '',
  note: '',
  reason: '',
};

function draftOf(link: FreightLink): Draft {
  return {
    distanceKm: link.distanceKm,
    distanceSource: link.distanceSource,
    transitHours: link.transitHours ?? '',
    status: link.status,
    dwellHoursMin: link.dwellHoursMin ?? '',
    dwellHoursMax: link.dwellHoursMax ?? '',
    dwellSource: link.dwellSource ?? '',
    note: link.note ?? '',
    reason: '',
  };
}

/** A number the server must receive as given: a field left empty but required arrives as NaN and is refused there. */
const requiredNumber = (value: number | string) => numberFromInput(value) ?? Number.NaN;

/** Only what the editor changed, so the history records exactly that. */
function updateBodyOf(link: FreightLink, draft: Draft): LinkUpdateBody {
  const body: LinkUpdateBody = { version: link.version, reason: draft.reason.trim() };
  const distanceKm = numberFromInput(draft.distanceKm);
  if (distanceKm !== link.distanceKm) body.distanceKm = distanceKm ?? Number.NaN;
  if (draft.distanceSource.trim() !== link.distanceSource) body.distanceSource = draft.distanceSource.trim();
  const transitHours = numberFromInput(draft.transitHours);
  if (transitHours !== link.transitHours) body.transitHours = transitHours;
  if (draft.status !== link.status) body.status = draft.status as LinkStatus;
  const dwellMin = numberFromInput(draft.dwellHoursMin);
  const dwellMax = numberFromInput(draft.dwellHoursMax);
  if (dwellMin !== link.dwellHoursMin || dwellMax !== link.dwellHoursMax) {
    body.dwellHoursMin = dwellMin;
    body.dwellHoursMax = dwellMax;
  }
  if (draft.dwellSource.trim() !== (link.dwellSource ?? '')) body.dwellSource = draft.dwellSource.trim() || null;
  if (draft.note.trim() !== (link.note ?? '')) body.note = draft.note.trim() || null;
  return body;
}

/** Add a link (/freight/links/new) or edit one (/freight/links/:id/edit): Secretariat, admin, carrier. */
export default function LinkForm() {
  const { id } = useParams();
  return id ? <EditLink id={id} /> : <NewLink />;
}

function EditLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const link = useLink(id, { editing: true });
  return (
    <QueryView
      query={link}
      skeleton={<DetailSkeleton />}
      errorTitle={t('frNetwork.linkForm.editTitle')}
      back={{ to: '/freight/network?view=links', label: t('frNetwork.common.backToNetwork') }}
    >
      {/* A reload after a conflict brings a new version: the editor starts again from it. */}
      {(data) => <LinkEditor key={data.link.version} link={data.link} onReload={() => void link.refetch()} />}
    </QueryView>
  );
}

function LinkEditor({ link, onReload }: { link: FreightLink; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const save = useUpdateLink(link.id);
  const fields = useFieldErrors();
  const [draft, setDraft] = useState<Draft>(() => draftOf(link));
  const title = t('frNetwork.linkForm.editTitleFor', {
    from: nodeLabel(link.from, lang),
    to: nodeLabel(link.to, lang),
  });
  useDocumentTitle(title);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(updateBodyOf(link, draft), {
      onSuccess: () => navigate(`/freight/links/${link.id}`),
      onError: fields.capture,
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <PageHeader
        title={title}
        intro={`${t(`freight.vocab.mode.${link.mode}`)} · ${t('frNetwork.linkForm.editIntro')}`}
      />
      <Stack gap="lg" maw={860}>
        {save.isError ? <SaveError error={save.error} onReload={onReload} /> : null}
        <LinkFields draft={draft} onChange={setDraft} error={fields.error} />
        <ReasonField
          value={draft.reason}
          onChange={(reason) => setDraft({ ...draft, reason })}
          error={fields.error('reason')}
        />
        <FormActions saving={save.isPending} cancelTo={`/freight/links/${link.id}`} />
      </Stack>
    </form>
  );
}

function NewLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const nodes = useNodes();
  const save = useCreateLink();
  const fields = useFieldErrors();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [ends, setEnds] = useState({ from: '', to: '', mode: 'rail', gauge: '', gaugeChange: false });
  useDocumentTitle(t('frNetwork.linkForm.newTitle'));
  const nodeOptions = (nodes.data ?? [])
    .map((node) => ({ value: node.id, label: nodeLabel(node, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: LinkCreateBody = {
      reason: draft.reason.trim(),
      fromNodeId: ends.from,
      toNodeId: ends.to,
      mode: ends.mode as TransportMode,
      distanceKm: requiredNumber(draft.distanceKm),
      distanceSource: draft.distanceSource.trim(),
      transitHours: numberFromInput(draft.transitHours),
      gauge: ends.gauge || null,
      gaugeChange: ends.gaugeChange,
      status: draft.status as LinkStatus,
      dwellHoursMin: numberFromInput(draft.dwellHoursMin),
      dwellHoursMax: numberFromInput(draft.dwellHoursMax),
      dwellSource: draft.dwellSource.trim() || null,
      note: draft.note.trim() || null,
    };
    save.mutate(body, {
      onSuccess: (created) => navigate(`/freight/links/${created.link.id}`),
      onError: fields.capture,
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <PageHeader title={t('frNetwork.linkForm.newTitle')} intro={t('frNetwork.linkForm.newIntro')} />
      <Stack gap="lg" maw={860}>
        {save.isError ? <SaveError error={save.error} onReload={() => save.reset()} /> : null}
        <section aria-labelledby="link-ends-title">
          <SectionTitle>
            <span id="link-ends-title">{t('frNetwork.linkForm.ends')}</span>
          </SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('common.from')}
              data={nodeOptions}
              value={ends.from || null}
              onChange={(value) => setEnds({ ...ends, from: value ?? '' })}
              error={fields.error('fromNodeId')}
              searchable
              required
            />
            <Select
              label={t('common.to')}
              data={nodeOptions}
              value={ends.to || null}
              onChange={(value) => setEnds({ ...ends, to: value ?? '' })}
              error={fields.error('toNodeId')}
              searchable
              required
            />
            <Select
              label={t('frNetwork.field.mode')}
              data={transportModes.map((mode) => ({ value: mode, label: t(`freight.vocab.mode.${mode}`) }))}
              value={ends.mode}
              onChange={(value) => setEnds({ ...ends, mode: value ?? 'rail' })}
              error={fields.error('mode')}
              allowDeselect={false}
              required
            />
            <Select
              label={t('frNetwork.field.gauge')}
              data={[
                { value: '', label: t('frNetwork.common.none') },
                ...gaugeOptions.map((gauge) => ({ value: gauge, label: gauge.replace('/', ' / ') })),
              ]}
              value={ends.gauge}
              onChange={(value) => setEnds({ ...ends, gauge: value ?? '' })}
              error={fields.error('gauge')}
              allowDeselect={false}
            />
            <Checkbox
              mt={{ base: 0, sm: 30 }}
              label={t('frNetwork.field.gaugeChange')}
              checked={ends.gaugeChange}
              onChange={(event) => setEnds({ ...ends, gaugeChange: event.currentTarget.checked })}
            />
          </SimpleGrid>
        </section>
        <LinkFields draft={draft} onChange={setDraft} error={fields.error} />
        <ReasonField
          value={draft.reason}
          onChange={(reason) => setDraft({ ...draft, reason })}
          error={fields.error('reason')}
        />
        <FormActions saving={save.isPending} cancelTo="/freight/network?view=links" />
      </Stack>
    </form>
  );
}

/** The fields a link's edit and a new link share: distance with its source, times, status, dwell and note. */
function LinkFields({
  draft,
  onChange,
  error,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  error: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const sourceIsAddress = /^https?:\/\/\S+$/.test(draft.distanceSource.trim());
  return (
    <>
      <section aria-labelledby="link-distance-title">
        <SectionTitle>
          <span id="link-distance-title">{t('frNetwork.linkForm.distance')}</span>
        </SectionTitle>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('frNetwork.linkForm.distanceKm')}
              value={draft.distanceKm}
              onChange={(value) => set('distanceKm', value)}
              min={0}
              decimalScale={1}
              error={error('distanceKm')}
              required
            />
            <NumberInput
              label={t('frNetwork.linkForm.transitHours')}
              value={draft.transitHours}
              onChange={(value) => set('transitHours', value)}
              min={0}
              decimalScale={2}
              error={error('transitHours')}
            />
          </SimpleGrid>
          <Textarea
            label={t('frNetwork.field.distanceSource')}
            description={t('frNetwork.linkForm.sourceHint')}
            value={draft.distanceSource}
            onChange={(event) => set('distanceSource', event.currentTarget.value)}
            error={error('distanceSource')}
            required
            autosize
            minRows={1}
            maxLength={2000}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {sourceIsAddress ? (
              t('frNetwork.linkForm.willBeSourced')
            ) : (
              <>
                <EstimateBadge /> {t('frNetwork.linkForm.willBeEstimate')}
              </>
            )}
          </Text>
          <Select
            label={t('frNetwork.field.status')}
            data={linkStatuses.map((status) => ({ value: status, label: t(`freight.vocab.linkStatus.${status}`) }))}
            value={draft.status}
            onChange={(value) => set('status', value ?? draft.status)}
            error={error('status')}
            allowDeselect={false}
            required
          />
        </Stack>
      </section>
      <section aria-labelledby="link-dwell-title">
        <SectionTitle>
          <span id="link-dwell-title">{t('frNetwork.field.dwell')}</span>
        </SectionTitle>
        <Text size="sm" c="dimmed" mb="xs">
          {t('frNetwork.linkForm.dwellHint')}
        </Text>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('frNetwork.field.dwellHoursMin')}
              value={draft.dwellHoursMin}
              onChange={(value) => set('dwellHoursMin', value)}
              min={0}
              decimalScale={2}
              error={error('dwellHoursMin')}
            />
            <NumberInput
              label={t('frNetwork.field.dwellHoursMax')}
              value={draft.dwellHoursMax}
              onChange={(value) => set('dwellHoursMax', value)}
              min={0}
              decimalScale={2}
              error={error('dwellHoursMax')}
            />
          </SimpleGrid>
          <TextInput
            label={t('frNetwork.field.dwellSource')}
            value={draft.dwellSource}
            onChange={(event) => set('dwellSource', event.currentTarget.value)}
            error={error('dwellSource')}
            maxLength={2000}
          />
          <Textarea
            label={t('frNetwork.field.note')}
            value={draft.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            error={error('note')}
            autosize
            minRows={2}
            maxLength={2000}
          />
        </Stack>
      </section>
    </>
  );
}
