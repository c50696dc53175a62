import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowMerge, IconBook2, IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { LocalizedText } from '../../api/types.ts';
import { useAuth } from '../../auth/auth.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { EntityPicker } from './EntityPicker.tsx';
import { type EntityKind, useMergeEntities } from './textsApi.ts';

function MergeModal({
  kind,
  id,
  title,
  onClose,
}: {
  kind: EntityKind;
  id: string;
  title: LocalizedText;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeEntities();
  const [intoId, setIntoId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!intoId) {
      setError(t('entities.merge.pickRequired'));
      return;
    }
    if (!confirming) {
      setConfirming(true);
      return;
    }
    merge.mutate(
      { kind, fromId: id, intoId },
      {
        onSuccess: (result) => {
          onClose();
          navigate(`/${kind}s/${encodeURIComponent(result.intoId)}`, {
            state: { merged: { movedLinks: result.movedLinks, movedAliases: result.movedAliases } },
          });
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`entities.merge.title.${kind}`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {merge.isError ? <ErrorAlert error={merge.error} /> : null}
          <Text size="sm">
            {t('entities.merge.from')}: <LText value={title} />
          </Text>
          <EntityPicker
            kind={kind}
            label={t(`entities.merge.into.${kind}`)}
            value={intoId}
            onChange={(value) => {
              setIntoId(value);
              setConfirming(false);
              setError(null);
            }}
            exclude={id}
            error={error}
          />
          {confirming ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {t(`entities.merge.warning.${kind}`)}
            </Alert>
          ) : (
            <Text size="xs" c="dimmed">
              {t(`entities.merge.hint.${kind}`)}
            </Text>
          )}
          <ModalActions onCancel={onClose}>
            <Button
              type="submit"
              color={confirming ? 'red.9' : undefined}
              loading={merge.isPending}
              leftSection={<IconArrowMerge size={16} aria-hidden />}
            >
              {confirming ? t('entities.merge.confirm') : t('entities.merge.next')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * For the Secretariat on a document's or initiative's page: "Merge into…", folding a duplicate into the record it
 * duplicates, and the record's names in the entity dictionary.
 */
export function MergeEntityButton({ kind, id, title }: { kind: EntityKind; id: string; title: LocalizedText }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const [open, setOpen] = useState(false);
  if (!hasRole('secretariat', 'admin')) return null;
  return (
    <>
      <Button
        component={Link}
        to={`/entities?kind=${kind}&entity=${encodeURIComponent(id)}`}
        variant="subtle"
        leftSection={<IconBook2 size={16} aria-hidden />}
      >
        {t('entities.merge.aliasesLink')}
      </Button>
      <Button variant="default" leftSection={<IconArrowMerge size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('entities.merge.button')}
      </Button>
      {open ? <MergeModal kind={kind} id={id} title={title} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** After a merge, on the record merged into: what moved. */
export function MergedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const merged = (location.state as { merged?: { movedLinks: number; movedAliases: number } } | null)?.merged;
  if (!merged) return null;
  return (
    <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} mb="md" role="status">
      {t('entities.merge.done', { links: merged.movedLinks, aliases: merged.movedAliases })}
    </Alert>
  );
}
