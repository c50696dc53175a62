import { Alert, Anchor, Button, Code, FileButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconSignature } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiBase, isApiError } from '../../api/client.ts';
import { ErrorAlert, PageHeader, SectionTitle } from '../../components/States.tsx';
import { formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  type PublishedKey,
  publishedKeyPath,
  type SignatureVerifyResult,
  type SignedDocumentBundle,
} from './authorityApi.ts';
import { Digest, SignatureVerdict, VerdictAlert, VerdictFact } from './authorityShared.tsx';

/** Larger than any signed document the platform issues; a bigger file is not one of ours. */
const maxFileBytes = 2 * 1024 * 1024;

type BundleSignature = SignedDocumentBundle['signatures'][number];

interface SignatureOutcome {
  signature: BundleSignature;
  /** Null when the signature could not be checked: see `unchecked`. */
  result: SignatureVerifyResult | null;
  publishedKey: PublishedKey | null;
  /** Why a signature was not checked: no key published under its id, or a malformed key id or signature. */
  unchecked: 'keyUnknown' | 'malformed' | null;
}

interface BundleOutcome {
  bundle: SignedDocumentBundle;
  /** SHA-256 of the payload as the platform computed it. */
  computedDigest: string;
  signatures: SignatureOutcome[];
  valid: boolean;
}

type ParseFailure = 'notJson' | 'notBundle';

/** The signed-document file as downloaded from a document's page, or why it is not one. */
function parseBundle(text: string): SignedDocumentBundle | ParseFailure {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'notJson';
  }
  if (typeof value !== 'object' || value === null) return 'notBundle';
  const bundle = value as Partial<SignedDocumentBundle>;
  const signaturesWellFormed =
    Array.isArray(bundle.signatures) &&
    bundle.signatures.length > 0 &&
    bundle.signatures.every(
      (signature) =>
        typeof signature === 'object' &&
        signature !== null &&
        typeof signature.keyId === 'string' &&
        typeof signature.signature === 'string' &&
        typeof signature.publicKeyPem === 'string',
    );
  if (typeof bundle.payload !== 'string' || typeof bundle.payloadDigest !== 'string' || !signaturesWellFormed) {
    return 'notBundle';
  }
  return bundle as SignedDocumentBundle;
}

const normalisePem = (pem: string) => pem.replace(/\s+/g, '');

/** Each signature is checked against the key the platform publishes under its id — not the key inside the file. */
async function verifyBundle(bundle: SignedDocumentBundle): Promise<BundleOutcome> {
  const signatures = await Promise.all(
    bundle.signatures.map(async (signature): Promise<SignatureOutcome> => {
      try {
        const [result, publishedKey] = await Promise.all([
          api.post<SignatureVerifyResult>('/freight/signatures/verify', {
            payload: bundle.payload,
            signature: signature.signature,
            keyId: signature.keyId,
          }),
          api.get<PublishedKey>(publishedKeyPath(signature.keyId)),
        ]);
        return { signature, result, publishedKey, unchecked: null };
      } catch (error) {
        if (isApiError(error) && error.status === 404) {
          return { signature, result: null, publishedKey: null, unchecked: 'keyUnknown' };
        }
        if (isApiError(error) && error.status === 400) {
          return { signature, result: null, publishedKey: null, unchecked: 'malformed' };
        }
        throw error;
      }
    }),
  );
  const computedDigest = signatures.find((outcome) => outcome.result)?.result?.payloadDigest ?? '';
  const valid =
    computedDigest === bundle.payloadDigest && signatures.every((outcome) => outcome.result?.valid === true);
  return { bundle, computedDigest, signatures, valid };
}

/** Public page: anyone checks a signed consignment note from this platform, and learns to do it offline. */
export default function VerifySignature() {
  const { t } = useTranslation();
  useDocumentTitle(t('frAuthority.verify.title'));
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<ParseFailure | 'tooLarge' | null>(null);
  const verify = useMutation({ mutationFn: verifyBundle });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseBundle(text);
    if (typeof parsed === 'string') {
      setFailure(parsed);
      verify.reset();
      return;
    }
    setFailure(null);
    verify.mutate(parsed);
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    if (file.size > maxFileBytes) {
      setFailure('tooLarge');
      return;
    }
    setFailure(null);
    verify.reset();
    setText(await file.text());
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('frAuthority.verify.title')} intro={t('frAuthority.verify.intro')} />
      <Stack gap="sm" component="form" onSubmit={submit}>
        <Textarea
          label={t('frAuthority.verify.input')}
          description={t('frAuthority.verify.inputHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={6}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
        <Group gap="xs">
          <Button type="submit" leftSection={<IconSignature size={16} aria-hidden />} loading={verify.isPending}>
            {t('frAuthority.verify.check')}
          </Button>
          <FileButton onChange={choose} accept="application/json,.json">
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconFileUpload size={16} aria-hidden />}>
                {t('frAuthority.verify.upload')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed" maw={820}>
          {t('frAuthority.verify.noNumberLookup')}
        </Text>
      </Stack>
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t(`frAuthority.verify.failure.${failure}`, { size: '2 MB' })}
        </Alert>
      ) : null}
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      {verify.data ? <BundleResult outcome={verify.data} /> : null}
      <OfflineSteps keyId={verify.data?.bundle.signatures[0]?.keyId ?? null} />
    </Stack>
  );
}

function BundleResult({ outcome }: { outcome: BundleOutcome }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { bundle } = outcome;
  const digestMatches = outcome.computedDigest === bundle.payloadDigest;
  return (
    <VerdictAlert
      valid={outcome.valid}
      title={outcome.valid ? t('frAuthority.verdict.documentValid') : t('frAuthority.verdict.documentInvalid')}
    >
      <Stack gap="sm">
        {bundle.number ? (
          <VerdictFact label={t('frAuthority.verify.documentNumber')}>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {bundle.number}
            </Text>
          </VerdictFact>
        ) : null}
        <VerdictFact label={t('frAuthority.verdict.digest')}>
          <Digest value={bundle.payloadDigest} />
        </VerdictFact>
        {outcome.computedDigest ? (
          <Text size="sm">
            {digestMatches ? t('frAuthority.verify.digestMatches') : t('frAuthority.verify.digestDiffers')}
          </Text>
        ) : null}
        {outcome.signatures.map(({ signature, result, publishedKey, unchecked }) => (
          <Stack key={`${signature.keyId}-${signature.signature}`} gap={4} className="verify-signature">
            <SignatureVerdict valid={result?.valid === true} />
            <Text size="sm">
              {t('frAuthority.inspect.documents.signedBy', {
                name: signature.signerName ?? '—',
                capacity: signature.capacity ? t(`freight.vocab.signerCapacity.${signature.capacity}`) : '—',
                at: formatTimestamp(signature.signedAt, lang),
              })}
            </Text>
            <VerdictFact label={t('frAuthority.verdict.key')}>
              <Anchor
                href={`${apiBase}${publishedKeyPath(signature.keyId)}`}
                target="_blank"
                rel="noreferrer"
                size="sm"
              >
                <Digest value={signature.keyId} />
              </Anchor>
            </VerdictFact>
            {result ? (
              <Text size="sm">
                {t('frAuthority.verify.keyOwner', {
                  owner: result.signerName ?? '—',
                  created: formatTimestamp(result.keyCreatedAt, lang),
                })}
                {result.keyRetiredAt
                  ? ` ${t('frAuthority.verify.keyRetired', { date: formatTimestamp(result.keyRetiredAt, lang) })}`
                  : ''}
              </Text>
            ) : (
              <Text size="sm" fw={600}>
                {t(`frAuthority.verify.unchecked.${unchecked ?? 'malformed'}`)}
              </Text>
            )}
            {publishedKey ? (
              <Text size="sm">
                {normalisePem(publishedKey.publicKeyPem) === normalisePem(signature.publicKeyPem)
                  ? t('frAuthority.verify.keyMatches')
                  : t('frAuthority.verify.keyDiffers')}
              </Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </VerdictAlert>
  );
}

/** How to check the same file with standard tools, trusting nothing but the published key. */
function OfflineSteps({ keyId }: { keyId: string | null }) {
  const { t } = useTranslation();
  const keyAddress = `${window.location.origin}${apiBase}${publishedKeyPath(keyId ?? '<keyId>')}`;
  const commands = [
    'jq -j .payload document.signed.json > payload.json',
    'sha256sum payload.json',
    "jq -r '.signatures[0].publicKeyPem' document.signed.json > key.pem",
    "jq -r '.signatures[0].signature' document.signed.json | base64 -d > signature.bin",
    'openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in payload.json -sigfile signature.bin',
  ];
  return (
    <Stack gap="xs" component="section" aria-label={t('frAuthority.verify.offline.title')}>
      <SectionTitle>{t('frAuthority.verify.offline.title')}</SectionTitle>
      <Text size="sm" maw={820}>
        {t('frAuthority.verify.offline.intro')}
      </Text>
      <List type="ordered" size="sm" spacing="xs" maw={820}>
        <List.Item>{t('frAuthority.verify.offline.payload')}</List.Item>
        <List.Item>{t('frAuthority.verify.offline.digest')}</List.Item>
        <List.Item>
          {t('frAuthority.verify.offline.key')}{' '}
          <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{keyAddress}</Code>
        </List.Item>
        <List.Item>{t('frAuthority.verify.offline.signature')}</List.Item>
      </List>
      <Code block className="verify-commands" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {commands.join('\n')}
      </Code>
      <Text size="sm" maw={820}>
        {t('frAuthority.verify.offline.result')}
      </Text>
    </Stack>
  );
}
