import { Anchor, Button, Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmarkPlus, IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { useSaveSearch } from './savedSearchesApi.ts';

/** Parameters of a list's address that are about the page shown or the caller's own records, not the search. */
const notSearchKeys = new Set(['page', 'limit', 'offset', 'sort', 'mine', 'status']);

/** The filters worth saving: set, and about what is searched. */
export function searchFiltersOf(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter(([key, value]) => value.trim() !== '' && !notSearchKeys.has(key)),
  );
}

/**
 * "Save this search" for the project and profile lists: saves the list's current filters under a name, with alerts
 * when a new listing matches. Anonymous readers are offered to sign in.
 */
export function SaveSearchButton({
  target,
  filters,
}: {
  target: 'projects' | 'profiles';
  filters: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [alerts, setAlerts] = useState(true);
  const save = useSaveSearch();

  if (!user) {
    return (
      <Button
        component={Link}
        to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        variant="default"
        size="xs"
        leftSection={<IconBookmarkPlus size={14} aria-hidden />}
      >
        {t('invLinks.saveSearch.signIn')}
      </Button>
    );
  }

  const open = () => {
    setName('');
    setAlerts(true);
    save.reset();
    setOpened(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim(), target, filters: searchFiltersOf(filters), alertsEnabled: alerts });
  };

  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconBookmarkPlus size={14} aria-hidden />} onClick={open}>
        {t('invLinks.saveSearch.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('invLinks.saveSearch.title')}
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {save.isSuccess ? (
          <Stack gap="sm" role="status">
            <Text>
              <IconCheck size={16} aria-hidden style={{ verticalAlign: '-3px', marginInlineEnd: 4 }} />
              {t('invLinks.saveSearch.saved', { name: save.data.name })}
            </Text>
            <Anchor component={Link} to="/investment/saved-searches" onClick={() => setOpened(false)}>
              {t('invLinks.saveSearch.goToList')}
            </Anchor>
          </Stack>
        ) : (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {Object.keys(searchFiltersOf(filters)).length === 0
                  ? t('invLinks.saveSearch.noFilters')
                  : t('invLinks.saveSearch.explain')}
              </Text>
              <TextInput
                label={t('invLinks.saveSearch.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                required
                maxLength={120}
                data-autofocus
              />
              <Checkbox
                label={t('invLinks.saveSearch.alerts')}
                description={t('invLinks.saveSearch.alertsHint')}
                checked={alerts}
                onChange={(event) => setAlerts(event.currentTarget.checked)}
              />
              {save.isError ? <ErrorAlert error={save.error} /> : null}
              <ModalActions onCancel={() => setOpened(false)}>
                <Button type="submit" loading={save.isPending} disabled={name.trim() === ''}>
                  {t('common.save')}
                </Button>
              </ModalActions>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
