import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ModalActions } from '../../components/ModalActions.tsx';
import { EmptyState, ErrorAlert, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatDate } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  type SavedSearch,
  savedSearchHref,
  useDeleteSavedSearch,
  useSavedSearches,
  useUpdateSavedSearch,
} from './savedSearchesApi.ts';

/** Filters whose values are codes of a vocabulary the `investment.vocab` section translates. */
const vocabularyOf: Record<string, string> = {
  stage: 'stage',
  instrument: 'instrument',
  environmentalCategory: 'environmentalCategory',
  kind: 'profileKind',
  investorType: 'investorType',
  partneringType: 'partneringType',
};

function FilterChips({ filters }: { filters: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const entries = Object.entries(filters);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('invLinks.savedSearches.noFilters')}
      </Text>
    );
  }
  const shownValue = (key: string, value: string) => {
    if (key === 'country') return countryName(value, lang);
    const vocabulary = vocabularyOf[key];
    if (vocabulary && i18n.exists(`investment.vocab.${vocabulary}.${value}`)) {
      return t(`investment.vocab.${vocabulary}.${value}`);
    }
    if (key === 'demo')
      return t(value === 'yes' || value === 'true' ? 'invLinks.filters.demoOnly' : 'invLinks.filters.realOnly');
    return value;
  };
  return (
    <Group gap={6} wrap="wrap">
      {entries.map(([key, value]) => (
        <Badge key={key} variant="outline" color="gray" size="md" radius="sm" tt="none" fw={400}>
          {i18n.exists(`invLinks.filters.${key}`) ? t(`invLinks.filters.${key}`) : key}: {shownValue(key, value)}
        </Badge>
      ))}
    </Group>
  );
}

function RenameModal({ search, onClose }: { search: SavedSearch; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(search.name);
  const update = useUpdateSavedSearch();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: search.id, name: name.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('invLinks.savedSearches.renameTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label={t('invLinks.saveSearch.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={120}
            data-autofocus
          />
          {update.isError ? <ErrorAlert error={update.error} /> : null}
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={update.isPending} disabled={name.trim() === ''}>
              {t('common.save')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteModal({ search, onClose }: { search: SavedSearch; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteSavedSearch();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('invLinks.savedSearches.deleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text>{t('invLinks.savedSearches.deleteConfirm', { name: search.name })}</Text>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <ModalActions onCancel={onClose}>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(search.id, { onSuccess: onClose })}
          >
            {t('invLinks.savedSearches.delete')}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}

function SavedSearchCard({ search }: { search: SavedSearch }) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = useUpdateSavedSearch();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  return (
    <Card withBorder padding="md" component="article" aria-label={search.name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
            <Anchor component={Link} to={savedSearchHref(search)} fw={600}>
              {search.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t(`invLinks.target.${search.target}`)} ·{' '}
              {t('invLinks.savedSearches.savedOn', { date: formatDate(search.createdAt.slice(0, 10), lang) })}
            </Text>
          </Stack>
          <Group gap={4}>
            <Tooltip label={t('invLinks.savedSearches.open')}>
              <ActionIcon
                component={Link}
                to={savedSearchHref(search)}
                variant="subtle"
                aria-label={`${t('invLinks.savedSearches.open')}: ${search.name}`}
              >
                <IconExternalLink size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('invLinks.savedSearches.rename')}>
              <ActionIcon
                variant="subtle"
                onClick={() => setDialog('rename')}
                aria-label={`${t('invLinks.savedSearches.rename')}: ${search.name}`}
              >
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('invLinks.savedSearches.delete')}>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => setDialog('delete')}
                aria-label={`${t('invLinks.savedSearches.delete')}: ${search.name}`}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <FilterChips filters={search.filters} />
        <Switch
          checked={search.alertsEnabled}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ id: search.id, alertsEnabled: event.currentTarget.checked })}
          label={t('invLinks.savedSearches.alerts')}
          description={t('invLinks.savedSearches.alertsHint')}
        />
        {update.isError ? <ErrorAlert error={update.error} /> : null}
      </Stack>
      {dialog === 'rename' ? <RenameModal search={search} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteModal search={search} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}

/** The signed-in user's saved searches of the project and profile lists, with their alerts. */
export default function SavedSearches() {
  const { t } = useTranslation();
  useDocumentTitle(t('invLinks.savedSearches.title'));
  const searches = useSavedSearches();
  return (
    <>
      <PageHeader title={t('invLinks.savedSearches.title')} intro={t('invLinks.savedSearches.intro')} />
      {searches.isPending ? <ListSkeleton rows={3} height={120} /> : null}
      {searches.isError ? <ErrorState error={searches.error} onRetry={() => void searches.refetch()} /> : null}
      {searches.isSuccess && searches.data.items.length === 0 ? (
        <EmptyState
          title={t('invLinks.savedSearches.emptyTitle')}
          action={
            <Group gap="xs" justify="center">
              <Button component={Link} to="/investment/projects" variant="light" size="xs">
                {t('invLinks.target.projects')}
              </Button>
              <Button component={Link} to="/investment/profiles" variant="light" size="xs">
                {t('invLinks.target.profiles')}
              </Button>
            </Group>
          }
        >
          {t('invLinks.savedSearches.empty')}
        </EmptyState>
      ) : null}
      {searches.isSuccess && searches.data.items.length > 0 ? (
        <Stack gap="sm">
          {searches.data.items.map((search) => (
            <SavedSearchCard key={search.id} search={search} />
          ))}
        </Stack>
      ) : null}
    </>
  );
}
