import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { nodeKinds } from '../../../../../packages/freight/src/vocabulary.ts';
import { DetailSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { type FreightNode, type NodeUpdateBody, useNode, useUpdateNode } from './freightApi.ts';
import { gaugeOptions, nodeLabel } from './freightShared.tsx';
import { FormActions, numberFromInput, ReasonField, SaveError, useFieldErrors } from './NetworkFormShared.tsx';

interface Draft {
  zh: string;
  ru: string;
  en: string;
  latitude: number | string;
  longitude: number | string;
  coordinatesApproximate: boolean;
  coordinatesNote: string;
  kind: string;
  gauge: string;
  note: string;
  facts: { key: number; text: string; source: string }[];
  reason: string;
}

function draftOf(node: FreightNode): Draft {
  return {
    zh: node.name.zh,
    ru: node.name.ru,
    en: node.name.en,
    latitude: node.latitude,
    longitude: node.longitude,
    coordinatesApproximate: node.coordinatesApproximate,
    coordinatesNote: node.coordinatesNote ?? '',
    kind: node.kind,
    gauge: node.gauge ?? '',
    note: node.note ?? '',
    facts: node.facts.map((fact, index) => ({ key: index, text: fact.text, source: fact.source })),
    reason: '',
  };
}

/** Only what the editor changed, so the history records exactly that (the server refuses an edit that changes nothing). */
function bodyOf(node: FreightNode, draft: Draft): NodeUpdateBody {
  const body: NodeUpdateBody = { version: node.version, reason: draft.reason.trim() };
  const name = { zh: draft.zh.trim(), ru: draft.ru.trim(), en: draft.en.trim() };
  if (name.zh !== node.name.zh || name.ru !== node.name.ru || name.en !== node.name.en) body.name = name;
  const latitude = numberFromInput(draft.latitude);
  const longitude = numberFromInput(draft.longitude);
  if (latitude !== node.latitude) body.latitude = latitude ?? Number.NaN;
  if (longitude !== node.longitude) body.longitude = longitude ?? Number.NaN;
  if (draft.coordinatesApproximate !== node.coordinatesApproximate) {
    body.coordinatesApproximate = draft.coordinatesApproximate;
  }
  if (draft.coordinatesNote.trim() !== (node.coordinatesNote ?? '')) {
    body.coordinatesNote = draft.coordinatesNote.trim() || null;
  }
  if (draft.kind !== node.kind) body.kind = draft.kind as FreightNode['kind'];
  if (draft.gauge !== (node.gauge ?? '')) body.gauge = draft.gauge || null;
  if (draft.note.trim() !== (node.note ?? '')) body.note = draft.note.trim() || null;
  const facts = draft.facts
    .map((fact) => ({ text: fact.text.trim(), source: fact.source.trim() }))
    .filter((fact) => fact.text || fact.source);
  const factsBefore = node.facts.map((fact) => ({ text: fact.text, source: fact.source }));
  if (JSON.stringify(facts) !== JSON.stringify(factsBefore)) body.facts = facts;
  return body;
}

/** Edit a node (Secretariat, admin, carrier): names, position, kind, gauge, note and sourced facts, with a reason. */
export default function NodeForm() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const node = useNode(id, { editing: true });
  return (
    <QueryView
      query={node}
      skeleton={<DetailSkeleton />}
      errorTitle={t('frNetwork.nodeForm.title')}
      back={{ to: '/freight/network', label: t('frNetwork.common.backToNetwork') }}
    >
      {/* A reload after a conflict brings a new version: the editor starts again from it. */}
      {(data) => <NodeEditor key={data.node.version} node={data.node} onReload={() => void node.refetch()} />}
    </QueryView>
  );
}

function NodeEditor({ node, onReload }: { node: FreightNode; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const save = useUpdateNode(node.id);
  const fields = useFieldErrors();
  const [draft, setDraft] = useState<Draft>(() => draftOf(node));
  const [nextKey, setNextKey] = useState(node.facts.length);
  const title = t('frNetwork.nodeForm.titleFor', { name: nodeLabel(node, lang) });
  useDocumentTitle(title);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setFact = (key: number, change: Partial<{ text: string; source: string }>) =>
    set(
      'facts',
      draft.facts.map((fact) => (fact.key === key ? { ...fact, ...change } : fact)),
    );
  const detailPath = `/freight/nodes/${encodeURIComponent(node.id)}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(bodyOf(node, draft), {
      onSuccess: () => navigate(detailPath),
      onError: fields.capture,
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <PageHeader title={title} intro={t('frNetwork.nodeForm.intro')} />
      <Stack gap="lg" maw={860}>
        {save.isError ? <SaveError error={save.error} onReload={onReload} /> : null}
        <section aria-labelledby="node-names-title">
          <SectionTitle>
            <span id="node-names-title">{t('frNetwork.nodeForm.names')}</span>
          </SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {(['zh', 'ru', 'en'] as const).map((language) => (
              <TextInput
                key={language}
                label={t(`languageName.${language}`)}
                lang={language}
                value={draft[language]}
                onChange={(event) => set(language, event.currentTarget.value)}
                error={fields.error(`name.${language}`)}
                required
                maxLength={200}
              />
            ))}
          </SimpleGrid>
        </section>
        <section aria-labelledby="node-position-title">
          <SectionTitle>
            <span id="node-position-title">{t('frNetwork.nodeForm.position')}</span>
          </SectionTitle>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label={t('frNetwork.field.latitude')}
                value={draft.latitude}
                onChange={(value) => set('latitude', value)}
                min={-90}
                max={90}
                decimalScale={6}
                error={fields.error('latitude')}
                required
              />
              <NumberInput
                label={t('frNetwork.field.longitude')}
                value={draft.longitude}
                onChange={(value) => set('longitude', value)}
                min={-180}
                max={180}
                decimalScale={6}
                error={fields.error('longitude')}
                required
              />
            </SimpleGrid>
            <Checkbox
              label={t('frNetwork.field.coordinatesApproximate')}
              description={t('frNetwork.nodeForm.approximateHint')}
              checked={draft.coordinatesApproximate}
              onChange={(event) => set('coordinatesApproximate', event.currentTarget.checked)}
            />
            <TextInput
              label={t('frNetwork.field.coordinatesNote')}
              value={draft.coordinatesNote}
              onChange={(event) => set('coordinatesNote', event.currentTarget.value)}
              error={fields.error('coordinatesNote')}
              maxLength={500}
            />
          </Stack>
        </section>
        <section aria-labelledby="node-rail-title">
          <SectionTitle>
            <span id="node-rail-title">{t('frNetwork.nodeForm.kindAndGauge')}</span>
          </SectionTitle>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('frNetwork.field.kind')}
              data={nodeKinds.map((kind) => ({ value: kind, label: t(`freight.vocab.nodeKind.${kind}`) }))}
              value={draft.kind}
              onChange={(value) => set('kind', value ?? node.kind)}
              error={fields.error('kind')}
              allowDeselect={false}
            />
            <Select
              label={t('frNetwork.field.gauge')}
              data={[
                { value: '', label: t('frNetwork.common.noRail') },
                ...gaugeOptions.map((gauge) => ({ value: gauge, label: gauge.replace('/', ' / ') })),
              ]}
              value={draft.gauge}
              onChange={(value) => set('gauge', value ?? '')}
              error={fields.error('gauge')}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('frNetwork.field.note')}
            value={draft.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            error={fields.error('note')}
            autosize
            minRows={2}
            maxLength={2000}
          />
        </section>
        <section aria-labelledby="node-facts-title">
          <SectionTitle>
            <span id="node-facts-title">{t('frNetwork.node.facts')}</span>
          </SectionTitle>
          <Text size="sm" c="dimmed" mb="xs">
            {t('frNetwork.nodeForm.factsHint')}
          </Text>
          <Stack gap="sm">
            {draft.facts.map((fact, index) => (
              <Card key={fact.key} withBorder padding="sm">
                <Stack gap="xs">
                  <Textarea
                    label={t('frNetwork.nodeForm.factText', { n: index + 1 })}
                    value={fact.text}
                    onChange={(event) => setFact(fact.key, { text: event.currentTarget.value })}
                    error={fields.error(`facts.${index}.text`)}
                    autosize
                    minRows={1}
                    maxLength={1000}
                  />
                  <Group gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput
                      style={{ flex: 1 }}
                      label={t('frNetwork.nodeForm.factSource', { n: index + 1 })}
                      value={fact.source}
                      onChange={(event) => setFact(fact.key, { source: event.currentTarget.value })}
                      error={fields.error(`facts.${index}.source`)}
                      maxLength={2000}
                    />
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('frNetwork.nodeForm.removeFact', { n: index + 1 })}
                      onClick={() =>
                        set(
                          'facts',
                          draft.facts.filter((other) => other.key !== fact.key),
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Stack>
              </Card>
            ))}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => {
                  set('facts', [...draft.facts, { key: nextKey, text: '', source: '' }]);
                  setNextKey(nextKey + 1);
                }}
              >
                {t('frNetwork.nodeForm.addFact')}
              </Button>
            </Group>
          </Stack>
        </section>
        <ReasonField value={draft.reason} onChange={(value) => set('reason', value)} error={fields.error('reason')} />
        <FormActions saving={save.isPending} cancelTo={`/freight/nodes/${encodeURIComponent(node.id)}`} />
      </Stack>
    </form>
  );
}
