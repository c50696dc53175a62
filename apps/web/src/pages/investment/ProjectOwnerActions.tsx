import { Button, Group, Stack } from '@mantine/core';
import { IconEdit, IconRefresh, IconSend, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/States.tsx';
import { type ProjectSummary, useProjectAction } from './projectsApi.ts';

/** What the owner can do with a project now: edit, submit, renew, withdraw (as the API permits). */
export function ProjectOwnerActions({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const action = useProjectAction();
  const { permissions } = project;
  if (!permissions.edit && !permissions.submit && !permissions.renew && !permissions.withdraw) return null;
  const run = (name: 'submit' | 'renew' | 'withdraw') => action.mutate({ id: project.id, action: name });
  return (
    <Stack gap="xs">
      {action.isError ? <ErrorAlert error={action.error} /> : null}
      <Group gap="xs">
        {permissions.edit ? (
          <Button
            component={Link}
            to={`/investment/projects/${project.id}/edit`}
            size="xs"
            variant="light"
            leftSection={<IconEdit size={14} aria-hidden />}
          >
            {t('invProjects.actions.edit')}
          </Button>
        ) : null}
        {permissions.submit ? (
          <Button
            size="xs"
            leftSection={<IconSend size={14} aria-hidden />}
            onClick={() => run('submit')}
            loading={action.isPending}
          >
            {t('invProjects.actions.submit')}
          </Button>
        ) : null}
        {permissions.renew ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => run('renew')}
            loading={action.isPending}
          >
            {t('invProjects.actions.renew')}
          </Button>
        ) : null}
        {permissions.withdraw ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={() => {
              if (window.confirm(t('invProjects.actions.withdrawConfirm'))) run('withdraw');
            }}
            loading={action.isPending}
          >
            {t('invProjects.actions.withdraw')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
