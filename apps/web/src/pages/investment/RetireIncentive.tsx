import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { useFieldErrors } from './CuratorFormShared.tsx';
import { type Incentive, useRetireIncentive } from './incentivesApi.ts';

/**
 * "Retire": asks for the last day the incentive applies (today by default) and a confirmation, then ends its
 * validity. The record stays in the library as history.
 */
export function RetireIncentive({ incentive }: { incentive: Incentive }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const [validTo, setValidTo] = useState(today);
  const retire = useRetireIncentive(incentive.id);
  const { error, capture, clear } = useFieldErrors();
  const close = () => {
    setOpened(false);
    retire.reset();
    clear();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    retire.mutate(validTo || undefined, { onSuccess: close, onError: capture });
  };
  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconArchive size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('invIncentives.retire.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('invIncentives.retire.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('invIncentives.retire.explain')}</Text>
            {retire.isError ? <ErrorAlert error={retire.error} title={t('invIncentives.retire.failed')} /> : null}
            <TextInput
              label={t('invIncentives.retire.lastDay')}
              type="date"
              value={validTo}
              onChange={(event) => setValidTo(event.currentTarget.value)}
              error={error('validTo')}
              data-autofocus
            />
            <ModalActions onCancel={close} mt="xs">
              <Button type="submit" color="red" loading={retire.isPending}>
                {t('invIncentives.retire.confirm')}
              </Button>
            </ModalActions>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
