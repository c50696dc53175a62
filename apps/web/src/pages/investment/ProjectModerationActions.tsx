import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { useProjectAction } from './projectsApi.ts';

/** Publish, or return with a reason: what the country's focal point or the Secretariat does with a submitted project. */
export function ProjectModerationActions({
  projectId,
  onDone,
}: {
  projectId: string;
  onDone?: (action: 'publish' | 'return') => void;
}) {
  const { t } = useTranslation();
  const action = useProjectAction();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const sendBack = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('invProjects.moderation.reasonRequired'));
      return;
    }
    action.mutate(
      { id: projectId, action: 'return', reason: reason.trim() },
      {
        onSuccess: () => {
          setReturning(false);
          onDone?.('return');
        },
      },
    );
  };

  return (
    <>
      {action.isError && !returning ? <ErrorAlert error={action.error} /> : null}
      <Group gap="xs">
        <Button
          size="xs"
          color="#1f7a35"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={action.isPending && action.variables?.action === 'publish'}
          onClick={() => action.mutate({ id: projectId, action: 'publish' }, { onSuccess: () => onDone?.('publish') })}
        >
          {t('invProjects.moderation.publish')}
        </Button>
        <Button
          size="xs"
          variant="light"
          color="#a33b00"
          leftSection={<IconArrowBackUp size={14} aria-hidden />}
          onClick={() => setReturning(true)}
        >
          {t('invProjects.moderation.return')}
        </Button>
      </Group>
      {returning ? (
        <Modal
          opened
          onClose={() => setReturning(false)}
          closeButtonProps={{ 'aria-label': t('common.close') }}
          title={t('invProjects.moderation.returnTitle')}
        >
          <form onSubmit={sendBack} noValidate>
            <Stack gap="sm">
              {action.isError ? <ErrorAlert error={action.error} /> : null}
              <Textarea
                label={t('invProjects.moderation.reason')}
                description={t('invProjects.moderation.reasonHint')}
                value={reason}
                onChange={(event) => {
                  setReason(event.currentTarget.value);
                  setReasonError(null);
                }}
                error={reasonError}
                required
                autosize
                minRows={3}
                maxLength={2000}
                data-autofocus
              />
              <ModalActions onCancel={() => setReturning(false)}>
                <Button type="submit" color="#a33b00" loading={action.isPending}>
                  {t('invProjects.moderation.return')}
                </Button>
              </ModalActions>
            </Stack>
          </form>
        </Modal>
      ) : null}
    </>
  );
}
