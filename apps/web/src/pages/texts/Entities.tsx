import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Modal,
  Popover,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { Language, LocalizedText } from '../../api/types.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { Segments } from '../../components/Segments.tsx';
import { EmptyState, ErrorAlert, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { localeTags, uiLanguages } from '../../i18n.ts';
import { formatDate, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { EntityPicker } from './EntityPicker.tsx';
import { type EntityAlias, type EntityKind, useAddAlias, useAliases, useDeleteAlias } from './textsApi.ts';
import './texts.css';
import { ModalActions } from '../../components/ModalActions.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';

const pageSize = 25;
const entityKinds: EntityKind[] = ['document', 'initiative'];
const entityPath = (kind: EntityKind, id: string) => `/${kind}s/${encodeURIComponent(id)}`;

/** The record an alias points to, by its title (read from the record itself, shared with its page's cache). */
function EntityTitle({ kind, id }: { kind: EntityKind; id: string }) {
  const record = useQuery({
    queryKey: kind === 'document' ? keys.document(id) : keys.initiative(id),
    // No abort signal: the narrow layout remounts the rows, and the request already under way should serve them.
    queryFn: () => api.get<{ title: LocalizedText }>(`/${kind}s/${encodeURIComponent(id)}`),
    staleTime: 5 * 60_000,
  });
  return (
    <Anchor component={Link} to={entityPath(kind, id)} size="sm">
      {record.data ? <LText value={record.data.title} marker="icon" /> : id}
    </Anchor>
  );
}

function DeleteAlias({ alias }: { alias: EntityAlias }) {
  const { t } = useTranslation();
  const remove = useDeleteAlias();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus returnFocus shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="red.9"
          aria-label={t('entities.delete', { alias: alias.alias })}
          onClick={() => setOpened((o) => !o)}
          loading={remove.isPending}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown maw={300}>
        <Stack gap="xs">
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
          <Text size="sm">{t('entities.deleteConfirm', { alias: alias.alias })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              color="red.9"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate({ kind: alias.kind, aliasKey: alias.aliasKey }, { onSuccess: () => setOpened(false) })
              }
            >
              {t('entities.deleteButton')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function AddAliasModal({ onClose, onAdded }: { onClose: () => void; onAdded: (alias: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const add = useAddAlias();
  const [kind, setKind] = useState<EntityKind>('initiative');
  const [alias, setAlias] = useState('');
  const [language, setLanguage] = useState<Language>(lang);
  const [entityId, setEntityId] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ alias?: string; entityId?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!alias.trim()) next.alias = t('entities.add.aliasRequired');
    if (!entityId) next.entityId = t('entities.add.recordRequired');
    setErrors(next);
    if (Object.keys(next).length > 0 || !entityId) return;
    add.mutate(
      { kind, alias: alias.trim(), language, entityId },
      {
        onSuccess: () => {
          onAdded(alias.trim());
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('entities.add.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {add.isError ? <ErrorAlert error={add.error} /> : null}
          <Select
            label={t('entities.kind')}
            data={entityKinds.map((k) => ({ value: k, label: t(`vocab.factKind.${k}`) }))}
            value={kind}
            onChange={(value) => {
              if (value) setKind(value as EntityKind);
              setEntityId(null);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('entities.alias')}
            description={t('entities.add.aliasHint')}
            value={alias}
            onChange={(event) => setAlias(event.currentTarget.value)}
            error={errors.alias}
            maxLength={500}
            required
            lang={localeTags[language]}
          />
          <Select
            label={t('entities.language')}
            data={uiLanguages.map((l) => ({ value: l, label: t(`languageName.${l}`) }))}
            value={language}
            onChange={(value) => value && setLanguage(value as Language)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <EntityPicker
            key={kind}
            kind={kind}
            label={t(`entities.add.record.${kind}`)}
            value={entityId}
            onChange={setEntityId}
            error={errors.entityId}
          />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={add.isPending} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('entities.add.submit')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The entity dictionary: the names under which texts refer to documents and initiatives, in any language, each
 * pointing to one record. Ingestion links a name it finds here to that record instead of creating a new one.
 */
export default function Entities() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('entities.title'));
  const { get, page, update } = useUrlFilters();
  const kind = get('kind') === 'document' || get('kind') === 'initiative' ? (get('kind') as EntityKind) : '';
  const q = get('q');
  const entityId = get('entity');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const aliases = useAliases({
    kind: kind || undefined,
    q: q || undefined,
    entityId: entityId || undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const columns: Column<EntityAlias>[] = [
    {
      key: 'alias',
      header: t('entities.alias'),
      primary: true,
      render: (a) => <span lang={localeTags[a.language]}>{a.alias}</span>,
    },
    {
      key: 'language',
      header: t('entities.language'),
      render: (a) => <span className="nowrap">{t(`languageName.${a.language}`)}</span>,
    },
    {
      key: 'kind',
      header: t('entities.kind'),
      render: (a) => <span className="nowrap">{t(`vocab.factKind.${a.kind}`)}</span>,
    },
    { key: 'record', header: t('entities.record'), render: (a) => <EntityTitle kind={a.kind} id={a.entityId} /> },
    {
      key: 'origin',
      header: t('entities.origin'),
      render: (a) => <span className="nowrap">{t(`entities.originValue.${a.origin}`)}</span>,
    },
    {
      key: 'created',
      header: t('entities.created'),
      render: (a) => (
        <time dateTime={a.createdAt} title={formatTimestamp(a.createdAt, lang)} className="nowrap">
          {formatDate(a.createdAt, lang)}
        </time>
      ),
    },
    { key: 'actions', header: t('entities.actions'), render: (a) => <DeleteAlias alias={a} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('entities.title')}
        intro={t('entities.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('entities.add.title')}
          </Button>
        }
      />
      {added ? (
        <SuccessNotice onClose={() => setAdded(null)} role="status">
          {t('entities.add.done', { alias: added })}
        </SuccessNotice>
      ) : null}
      <Card withBorder padding="md" className="data-card" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Box style={{ flex: '1 1 260px' }}>
            <SearchBox
              label={t('entities.search')}
              value={q}
              onSearch={(value) => update({ q: value })}
              placeholder={t('entities.searchPlaceholder')}
            />
          </Box>
          <Box>
            <Text size="sm" fw={500} mb={4} id="entities-kind-label">
              {t('entities.kind')}
            </Text>
            <Segments
              aria-labelledby="entities-kind-label"
              value={kind || 'all'}
              onChange={(value) => update({ kind: value === 'all' ? '' : value })}
              data={[
                { value: 'all', label: t('common.all') },
                ...entityKinds.map((k) => ({ value: k, label: t(`vocab.factKind.${k}`) })),
              ]}
            />
          </Box>
        </Group>
        {entityId ? (
          <Group gap={6} mt="sm">
            <Text size="sm">{t('entities.onlyRecord')}:</Text>
            {kind ? <EntityTitle kind={kind} id={entityId} /> : <Text size="sm">{entityId}</Text>}
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('entities.clearRecord')}
              onClick={() => update({ entity: '' })}
            >
              <IconX size={14} aria-hidden />
            </ActionIcon>
          </Group>
        ) : null}
      </Card>
      {aliases.isPending ? (
        <ListSkeleton rows={5} height={48} />
      ) : aliases.isError ? (
        <ErrorState error={aliases.error} onRetry={() => void aliases.refetch()} />
      ) : aliases.data.items.length === 0 ? (
        <EmptyState>{q || kind || entityId ? t('common.noResults') : t('entities.empty')}</EmptyState>
      ) : (
        <>
          <DataTable
            rows={aliases.data.items}
            columns={columns}
            rowKey={(a) => `${a.kind}:${a.aliasKey}`}
            caption={t('entities.title')}
          />
          <Pager total={aliases.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
        </>
      )}
      {adding ? <AddAliasModal onClose={() => setAdding(false)} onAdded={setAdded} /> : null}
    </>
  );
}
