import { ActionIcon, Alert, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxDocumentBytes } from '../../../../../packages/investment/src/vocabulary.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { documentUrl, type ProjectDetail, useDocumentDelete, useDocumentUpload } from './projectsApi.ts';

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** The project's PDFs: download links for readers, upload and removal for the owner and the Secretariat. */
export function ProjectDocuments({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const upload = useDocumentUpload(project.id);
  const remove = useDocumentDelete(project.id);
  const canManage = project.permissions.manageDocuments;
  const [tooLarge, setTooLarge] = useState(false);
  const limit = formatNumber(megabytes(maxDocumentBytes), lang);
  // The two refusals a user can fix get their own words; anything else is shown as the server put it.
  const refusal =
    tooLarge || (isApiError(upload.error) && upload.error.code === 'payload_too_large')
      ? t('invProjects.documents.tooLarge', { size: limit })
      : isApiError(upload.error) && upload.error.code === 'unsupported_media_type'
        ? t('invProjects.documents.notPdf')
        : null;
  const choose = (file: File | null) => {
    if (!file) return;
    setTooLarge(file.size > maxDocumentBytes);
    if (file.size > maxDocumentBytes) return;
    upload.mutate(file);
  };
  return (
    <Stack gap="xs">
      {project.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invProjects.documents.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" className="plain-list">
          {project.documents.map((document) => (
            <Group key={document.id} component="li" gap="xs" wrap="nowrap">
              <IconFileTypePdf size={18} aria-hidden />
              <Anchor
                href={documentUrl(project.id, document.id)}
                download={document.filename}
                size="sm"
                style={{ minWidth: 0, overflowWrap: 'anywhere' }}
              >
                {document.filename}
              </Anchor>
              <Text size="xs" c="dimmed" className="nowrap">
                {formatNumber(megabytes(document.sizeBytes), lang)} MB · {formatTimestamp(document.uploadedAt, lang)}
              </Text>
              {canManage ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('invProjects.documents.remove', { name: document.filename })}
                  onClick={() => remove.mutate(document.id)}
                  loading={remove.isPending && remove.variables === document.id}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {refusal ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {refusal}
        </Alert>
      ) : upload.isError ? (
        <ErrorAlert error={upload.error} title={t('invProjects.documents.uploadFailed')} />
      ) : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {canManage ? (
        <Group gap="xs">
          <FileButton onChange={choose} accept="application/pdf">
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                leftSection={<IconUpload size={14} aria-hidden />}
                loading={upload.isPending}
              >
                {t('invProjects.documents.upload')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('invProjects.documents.limit', { size: limit })}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
