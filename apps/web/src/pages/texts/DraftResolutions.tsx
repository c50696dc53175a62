import { Anchor, Box, Button, Modal, Stack, Text, Title } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneBadge } from '../../components/Badges.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { localeTags } from '../../i18n.ts';
import type { Correct } from './DraftStatements.tsx';
import { EntityPicker } from './EntityPicker.tsx';
import type { DraftDetail, EntityResolution } from './textsApi.ts';

const entityPath = (r: Pick<EntityResolution, 'fact' | 'entityId'>) =>
  `/${r.fact === 'document' ? 'documents' : 'initiatives'}/${encodeURIComponent(r.entityId)}`;

function LinkModal({
  resolution,
  onClose,
  correct,
  busy,
}: {
  resolution: EntityResolution;
  onClose: () => void;
  correct: Correct;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [entityId, setEntityId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!entityId) {
      setError(t('texts.resolutions.pickRequired'));
      return;
    }
    const refusal = await correct([{ type: 'resolve_entity', fact: resolution.fact, name: resolution.name, entityId }]);
    if (refusal === null) onClose();
    else setRefusal(refusal);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`texts.resolutions.linkTitle.${resolution.fact}`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {refusal ? <ErrorAlert error={refusal} /> : null}
          <Text size="sm">
            {t('texts.resolutions.nameInText')}: <q>{resolution.name}</q>
          </Text>
          <EntityPicker
            kind={resolution.fact}
            label={t(`texts.resolutions.pick.${resolution.fact}`)}
            value={entityId}
            onChange={(id) => {
              setEntityId(id);
              setError(null);
            }}
            error={error}
          />
          <Text size="xs" c="dimmed">
            {t('texts.resolutions.linkHint')}
          </Text>
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={busy} leftSection={<IconLink size={16} aria-hidden />}>
              {t('texts.resolutions.link')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

/** How each document and initiative name will be recorded on publishing: linked to an existing record, or new. */
export function DraftResolutions({ draft, correct, busy }: { draft: DraftDetail; correct: Correct; busy: boolean }) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState<EntityResolution | null>(null);
  const readOnly = draft.status !== 'pending';
  const columns: Column<EntityResolution>[] = [
    {
      key: 'name',
      header: t('texts.resolutions.name'),
      primary: true,
      render: (r) => (
        <>
          <Text span size="sm" lang={localeTags[draft.language]} display="block">
            {r.name}
          </Text>
          <Text span size="xs" c="dimmed" fw={400} display="block">
            {t(`texts.review.markKind.${r.fact}`)}
          </Text>
        </>
      ),
    },
    {
      key: 'result',
      header: t('texts.resolutions.result'),
      render: (r) =>
        r.existingTitle ? (
          <Text size="sm" span>
            {t('texts.resolutions.linksTo')}{' '}
            <Anchor component={Link} to={entityPath(r)} size="sm" underline="always">
              <LText value={r.existingTitle} marker="icon" />
            </Anchor>
          </Text>
        ) : (
          <ToneBadge tone="amber">{t('texts.resolutions.newRecord')}</ToneBadge>
        ),
    },
    { key: 'via', header: t('texts.resolutions.via'), render: (r) => t(`texts.resolutions.viaValue.${r.via}`) },
    ...(readOnly
      ? []
      : [
          {
            key: 'action',
            header: t('texts.resolutions.action'),
            render: (r: EntityResolution) => (
              <Button
                size="compact-sm"
                variant="light"
                className="wrap-button"
                onClick={() => setLinking(r)}
                aria-label={t('texts.resolutions.linkOther', { name: r.name })}
                disabled={busy}
              >
                {t('texts.resolutions.linkOtherShort')}
              </Button>
            ),
          },
        ]),
  ];
  return (
    <Box component="section" aria-labelledby="resolutions-title">
      <Title order={2} size="h4" id="resolutions-title" mb={4}>
        {t('texts.resolutions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('texts.resolutions.intro')}
      </Text>
      {draft.resolutions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('texts.resolutions.none')}
        </Text>
      ) : (
        <DataTable
          rows={draft.resolutions}
          columns={columns}
          rowKey={(r) => `${r.fact}:${r.name}`}
          caption={t('texts.resolutions.title')}
        />
      )}
      {linking ? (
        <LinkModal resolution={linking} onClose={() => setLinking(null)} correct={correct} busy={busy} />
      ) : null}
    </Box>
  );
}
