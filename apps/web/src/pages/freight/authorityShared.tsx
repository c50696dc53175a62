import { Alert, Code, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A SHA-256 digest or key id: monospace, wrapping anywhere so it never widens a phone screen. */
export function Digest({ value }: { value: string }) {
  return (
    <Code className="authority-digest" style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
      {value}
    </Code>
  );
}

/** The verdict of a signature check, in words and colour, with the facts that back it underneath. */
export function VerdictAlert({ valid, title, children }: { valid: boolean; title: string; children?: ReactNode }) {
  return (
    <Alert
      color={valid ? 'green' : 'red'}
      variant="light"
      icon={valid ? <IconCircleCheck aria-hidden /> : <IconCircleX aria-hidden />}
      title={title}
      role="status"
      className="authority-verdict"
    >
      {children}
    </Alert>
  );
}

/** One labelled fact in a verdict: label above, value below, so long digests wrap under their label. */
export function VerdictFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={4}>{children}</Group>
    </Stack>
  );
}

/** "Valid" / "not valid" for one signature, for lists of several; the icon's colour repeats what the words say. */
export function SignatureVerdict({ valid }: { valid: boolean }) {
  const { t } = useTranslation();
  const Icon = valid ? IconCircleCheck : IconCircleX;
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={16} color={valid ? 'var(--mantine-color-green-9)' : 'var(--mantine-color-red-9)'} aria-hidden />
      <Text component="span" size="sm" fw={700}>
        {valid ? t('frAuthority.verdict.signatureValid') : t('frAuthority.verdict.signatureInvalid')}
      </Text>
    </Group>
  );
}
