import { Alert, Button, Group, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError, type ProblemFieldError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/States.tsx';

/**
 * The number a Mantine NumberInput holds: while the typed text is not yet canonical ("12.") it reports a string, so
 * forms keep the text as typed and parse it when saving; empty or unparsable text is null.
 */
export function numberFromInput(value: number | string): number | null {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** The server's per-field messages from the last failed save, by field name (without the `body.` prefix). */
export function useFieldErrors() {
  const [fieldErrors, setFieldErrors] = useState<ProblemFieldError[]>([]);
  const error = (key: string) =>
    fieldErrors.find((fieldError) => fieldError.path === key || fieldError.path.startsWith(`${key}.`))?.message;
  const capture = (failure: unknown) =>
    setFieldErrors(
      isApiError(failure)
        ? failure.fieldErrors.map((fieldError) => ({ ...fieldError, path: fieldError.path.replace(/^body\.?/, '') }))
        : [],
    );
  return { error, capture };
}

/**
 * Why a save failed. A version conflict gets its own explanation and a way to load the current record (the draft is
 * kept, so the editor can apply their change again).
 */
export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 409 && error.code === 'conflict' && /version/.test(error.detail)) {
    return (
      <Alert color="orange" variant="light" title={t('frNetwork.form.conflictTitle')} role="alert">
        <Text size="sm">{t('frNetwork.form.conflictText')}</Text>
        <Button size="xs" variant="default" mt="xs" onClick={onReload}>
          {t('frNetwork.form.reload')}
        </Button>
      </Alert>
    );
  }
  return <ErrorAlert error={error} title={t('frNetwork.form.notSaved')} />;
}

/** The reason for a change: required, kept in the record's history. */
export function ReasonField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('frNetwork.form.reason')}
      description={t('frNetwork.form.reasonHint')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required
      autosize
      minRows={2}
      maxLength={1000}
    />
  );
}

export function FormActions({ saving, cancelTo }: { saving: boolean; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving}>
        {t('common.save')}
      </Button>
      <Button variant="default" component={Link} to={cancelTo}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
