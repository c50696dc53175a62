import { Alert, Box, Button, Card, FileInput, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconFileText, IconFileUpload } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert, PageHeader } from '../../components/States.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { type SourceProvenance, useCreateDraft } from './textsApi.ts';
import './texts.css';
import { ParentBreadcrumbs } from '../../components/ParentBreadcrumbs.tsx';

const maxLength = 1_000_000;

/** Reads a chosen file as UTF-8 text, without a byte-order mark. */
async function readTextFile(file: File): Promise<string> {
  const text = await file.text();
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The Secretariat adds a text (pasted or from a .txt file); the platform extracts its facts into a draft to review. */
export default function AddText() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  useDocumentTitle(t('texts.add.title'));
  const create = useCreateDraft();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [provenance, setProvenance] = useState<SourceProvenance>('official');
  const [sourceNote, setSourceNote] = useState('');
  const [textError, setTextError] = useState<string | null>(null);

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    if (!chosen) return;
    if (!/\.txt$/i.test(chosen.name) && chosen.type !== 'text/plain') {
      setFileError(t('texts.add.fileNotText'));
      return;
    }
    try {
      const content = await readTextFile(chosen);
      if (content.includes('\uFFFD')) setFileError(t('texts.add.fileNotUtf8'));
      setText(content);
      setFileName(chosen.name);
      setTextError(null);
    } catch {
      setFileError(t('texts.add.fileUnreadable'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setTextError(t('texts.add.textRequired'));
      return;
    }
    if (text.length > maxLength) {
      setTextError(t('texts.add.textTooLong', { max: formatNumber(maxLength, lang) }));
      return;
    }
    create.mutate(
      {
        text,
        fileName: fileName ?? undefined,
        provenance,
        sourceNote: sourceNote.trim() || undefined,
      },
      {
        onSuccess: (created) =>
          navigate(`/texts/review/${encodeURIComponent(created.id)}`, {
            state: { outcome: created.outcome },
          }),
      },
    );
  };

  const refused = create.isError && isApiError(create.error) && create.error.status === 422;

  return (
    <>
      <PageHeader
        eyebrow={<ParentBreadcrumbs to="/texts/review" parent={t('texts.list.title')} current={t('texts.add.title')} />}
        title={t('texts.add.title')}
        intro={t('texts.add.intro')}
      />
      <Card withBorder padding="lg" className="data-card">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {refused && isApiError(create.error) ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                title={t('texts.add.refusedTitle')}
                role="alert"
              >
                <Text size="sm">{t('texts.add.refusedText')}</Text>
                <Text size="sm" fw={600} mt={6} className="server-message">
                  {create.error.detail || create.error.code}
                </Text>
              </Alert>
            ) : create.isError ? (
              <ErrorAlert error={create.error} />
            ) : null}
            <FileInput
              label={t('texts.add.file')}
              description={t('texts.add.fileHint')}
              placeholder={t('texts.add.filePlaceholder')}
              accept=".txt,text/plain"
              value={file}
              onChange={(chosen) => void chooseFile(chosen)}
              clearable
              error={fileError}
              leftSection={<IconFileUpload size={16} aria-hidden />}
              classNames={{ placeholder: 'file-placeholder' }}
              maw={520}
            />
            <Textarea
              label={t('texts.add.text')}
              description={t('texts.add.textHint')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setTextError(null);
              }}
              error={textError}
              required
              autosize
              minRows={10}
              maxRows={24}
              className="source-textarea"
            />
            <Text size="xs" c="dimmed" aria-live="polite">
              {t('texts.add.length', { count: text.length, formatted: formatNumber(text.length, lang) })}
              {fileName ? ` · ${t('texts.add.fromFile', { name: fileName })}` : ''}
            </Text>
            <Radio.Group
              label={t('texts.add.provenance')}
              value={provenance}
              onChange={(value) => setProvenance(value as SourceProvenance)}
            >
              <Stack gap="xs" mt={6}>
                <Radio
                  value="official"
                  label={t('texts.provenance.official')}
                  description={t('texts.add.officialHint')}
                />
                <Radio
                  value="unofficial_translation"
                  label={t('texts.provenance.unofficial')}
                  description={t('texts.provenance.unofficialHint')}
                />
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('texts.add.sourceNote')}
              description={t('texts.add.sourceNoteHint')}
              value={sourceNote}
              onChange={(event) => setSourceNote(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Box>
              <Group gap="sm">
                <Button type="submit" loading={create.isPending} leftSection={<IconFileText size={16} aria-hidden />}>
                  {t('texts.add.submit')}
                </Button>
                <Button component={Link} to="/texts/review" variant="default">
                  {t('common.cancel')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed" mt={6}>
                {t('texts.add.submitHint')}
              </Text>
            </Box>
          </Stack>
        </form>
      </Card>
    </>
  );
}
