import { Button, Group } from '@mantine/core';
import { IconEdit, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/States.tsx';
import { type Profile, useProfileAction } from './profilesApi.ts';

/** Edit, renew (12 more months) and withdraw, for whoever may manage the profile. */
export function ProfileActions({ profile, size = 'sm' }: { profile: Profile; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const action = useProfileAction();
  if (!profile.canEdit || profile.status === 'withdrawn') return null;
  const withdraw = () => {
    if (window.confirm(t('invMatching.actions.withdrawConfirm'))) action.mutate({ id: profile.id, action: 'withdraw' });
  };
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button
          size={size}
          variant="light"
          component={Link}
          to={`/investment/profiles/${profile.id}/edit`}
          leftSection={<IconEdit size={14} aria-hidden />}
        >
          {t('invMatching.actions.edit')}
        </Button>
        <Button
          size={size}
          variant="light"
          loading={action.isPending && action.variables?.action === 'renew'}
          onClick={() => action.mutate({ id: profile.id, action: 'renew' })}
          leftSection={<IconRefresh size={14} aria-hidden />}
        >
          {t('invMatching.actions.renew')}
        </Button>
        <Button
          size={size}
          variant="subtle"
          color="red"
          loading={action.isPending && action.variables?.action === 'withdraw'}
          onClick={withdraw}
          leftSection={<IconTrash size={14} aria-hidden />}
        >
          {t('invMatching.actions.withdraw')}
        </Button>
      </Group>
      {action.isError ? <ErrorAlert error={action.error} /> : null}
    </>
  );
}
