import {
  Alert,
  Anchor,
  Button,
  Card,
  CopyButton,
  Group,
  Image,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { freightLimits } from '../../../../../packages/freight/src/vocabulary.ts';
import { type ApiError, isApiError } from '../../api/client.ts';
import { type Tone, ToneBadge } from '../../components/Badges.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, ErrorAlert, ErrorState, ListSkeleton, SectionTitle } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import {
  type AuthorityLink,
  type CreatedAuthorityLink,
  useAuthorityAccesses,
  useAuthorityLinks,
  useCreateAuthorityLink,
  useRevokeAuthorityLink,
} from './authorityApi.ts';

const stateTone: Record<AuthorityLink['state'], Tone> = { active: 'green', expired: 'gray', revoked: 'red' };
const accessPageSize = 20;

/** Read-only links (and QR codes) for authorities to a shipment's documents, with their access log. */
export function AuthorityLinks({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedAuthorityLink | null>(null);
  return (
    <Stack gap="md" component="section" aria-label={t('frAuthority.links.title')}>
      <SectionTitle>{t('frAuthority.links.title')}</SectionTitle>
      <Text size="sm" c="dimmed" maw={820}>
        {t('frAuthority.links.intro')}
      </Text>
      {created ? (
        <CreatedLinkNotice created={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateLinkForm shipmentId={shipmentId} onCreated={setCreated} />
      )}
      <LinkList shipmentId={shipmentId} />
      <AuthorityAccessLog shipmentId={shipmentId} />
    </Stack>
  );
}

function CreateLinkForm({
  shipmentId,
  onCreated,
}: {
  shipmentId: string;
  onCreated: (created: CreatedAuthorityLink) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateAuthorityLink(shipmentId);
  const [label, setLabel] = useState('');
  const [days, setDays] = useState<number>(freightLimits.authorityLinkDays);
  const labelError = isApiError(create.error) ? fieldError(create.error, 'label') : null;
  const daysError = isApiError(create.error) ? fieldError(create.error, 'expiresInDays') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { label, expiresInDays: days },
      {
        onSuccess: (result) => {
          setLabel('');
          setDays(freightLimits.authorityLinkDays);
          onCreated(result);
        },
      },
    );
  };
  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} className="authority-create">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('frAuthority.links.label')}
          description={t('frAuthority.links.labelHint')}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          maxLength={200}
          required
          error={labelError}
          style={{ flex: '1 1 240px' }}
        />
        <NumberInput
          label={t('frAuthority.links.expiresInDays')}
          description={t('frAuthority.links.expiresHint')}
          value={days}
          onChange={(value) => setDays(typeof value === 'number' ? value : Number(value) || 1)}
          min={1}
          max={90}
          allowDecimal={false}
          clampBehavior="strict"
          error={daysError}
          w={160}
        />
        <Button type="submit" loading={create.isPending} leftSection={<IconShieldCheck size={16} aria-hidden />}>
          {t('frAuthority.links.create')}
        </Button>
      </Group>
      {create.isError && !labelError && !daysError ? <ErrorAlert error={create.error} /> : null}
    </Card>
  );
}

function fieldError(error: ApiError, field: string): string | null {
  return error.fieldErrors.find((candidate) => candidate.path.endsWith(field))?.message ?? null;
}

/** The link and its QR code, shown this once: the server keeps only a hash of the token. */
function CreatedLinkNotice({ created, onDone }: { created: CreatedAuthorityLink; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert color="green" variant="light" title={t('frAuthority.created.title')} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('frAuthority.created.once')}</Text>
        <Group align="flex-start" gap="md" wrap="wrap">
          <Image
            src={created.qrCodeDataUrl}
            alt={t('frAuthority.created.qrAlt', { label: created.link.label })}
            w={176}
            h={176}
            bg="white"
            className="authority-qr"
          />
          <Stack gap="xs" style={{ flex: '1 1 240px', minWidth: 0 }}>
            <TextInput
              label={t('frAuthority.created.url')}
              value={created.url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
            />
            <Text size="xs" c="dimmed">
              {t('frAuthority.created.forUntil', {
                label: created.link.label,
                expires: formatTimestamp(created.link.expiresAt, lang),
              })}
            </Text>
            <Group gap="xs" wrap="wrap">
              <CopyButton value={created.url}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant={copied ? 'filled' : 'light'}
                    color={copied ? 'green' : undefined}
                    onClick={copy}
                    leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                  >
                    {copied ? t('frAuthority.created.copied') : t('frAuthority.created.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button
                size="xs"
                variant="light"
                component="a"
                href={created.qrCodeDataUrl}
                download={`authority-link-qr-${created.link.id.slice(0, 8)}.svg`}
                leftSection={<IconDownload size={14} aria-hidden />}
              >
                {t('frAuthority.created.download')}
              </Button>
              <Button size="xs" variant="default" onClick={onDone}>
                {t('frAuthority.created.done')}
              </Button>
            </Group>
          </Stack>
        </Group>
      </Stack>
    </Alert>
  );
}

function LinkList({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const links = useAuthorityLinks(shipmentId);
  const revoke = useRevokeAuthorityLink(shipmentId);
  const [confirming, setConfirming] = useState<AuthorityLink | null>(null);
  const columns: Column<AuthorityLink>[] = [
    { key: 'label', header: t('frAuthority.links.columns.label'), primary: true, render: (link) => link.label },
    {
      key: 'state',
      header: t('frAuthority.links.columns.state'),
      render: (link) => (
        <ToneBadge tone={stateTone[link.state]}>{t(`frAuthority.links.state.${link.state}`)}</ToneBadge>
      ),
    },
    {
      key: 'created',
      header: t('frAuthority.links.columns.created'),
      render: (link) => formatTimestamp(link.createdAt, lang),
    },
    {
      key: 'expires',
      header: t('frAuthority.links.columns.expires'),
      render: (link) => formatTimestamp(link.revokedAt ?? link.expiresAt, lang),
    },
    {
      key: 'accesses',
      header: t('frAuthority.links.columns.accesses'),
      align: 'right',
      render: (link) => formatNumber(link.accessCount, lang),
    },
    {
      key: 'lastAccess',
      header: t('frAuthority.links.columns.lastAccess'),
      render: (link) => (link.lastAccessAt ? formatTimestamp(link.lastAccessAt, lang) : t('frAuthority.links.never')),
    },
    {
      key: 'actions',
      header: t('frAuthority.links.columns.actions'),
      render: (link) =>
        link.state === 'active' ? (
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            aria-label={t('frAuthority.links.revokeLabel', { label: link.label })}
            onClick={() => setConfirming(link)}
          >
            {t('frAuthority.links.revoke')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Stack gap="xs">
      <SectionTitle order={3}>{t('frAuthority.links.listTitle')}</SectionTitle>
      {links.isPending ? (
        <ListSkeleton rows={2} height={40} />
      ) : links.isError ? (
        <ErrorState error={links.error} onRetry={() => links.refetch()} />
      ) : links.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('frAuthority.links.empty')}
        </Text>
      ) : (
        <DataTable
          rows={links.data}
          columns={columns}
          rowKey={(link) => link.id}
          caption={t('frAuthority.links.caption')}
        />
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('frAuthority.links.revokeConfirm.title')}
      >
        <Stack gap="sm">
          <Text size="sm">{t('frAuthority.links.revokeConfirm.body', { label: confirming?.label ?? '' })}</Text>
          {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
          <ModalActions onCancel={() => setConfirming(null)}>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => confirming && revoke.mutate(confirming.id, { onSuccess: () => setConfirming(null) })}
            >
              {t('frAuthority.links.revoke')}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
    </Stack>
  );
}

type AccessRow = NonNullable<ReturnType<typeof useAuthorityAccesses>['data']>['items'][number];

/** Every opening of the shipment's authority links; the shipper and the Secretariat may read it too. */
export function AuthorityAccessLog({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const accesses = useAuthorityAccesses(shipmentId, { limit: accessPageSize, offset: (page - 1) * accessPageSize });
  const columns: Column<AccessRow>[] = [
    {
      key: 'time',
      header: t('frAuthority.log.columns.time'),
      primary: true,
      render: (row) => formatTimestamp(row.accessedAt, lang),
    },
    { key: 'link', header: t('frAuthority.log.columns.link'), render: (row) => row.linkLabel },
    {
      key: 'kind',
      header: t('frAuthority.log.columns.kind'),
      render: (row) => t(`frAuthority.log.kind.${row.kind}`),
    },
    {
      key: 'document',
      header: t('frAuthority.log.columns.document'),
      render: (row) =>
        row.documentId ? (
          <Anchor component={Link} to={`/freight/documents/${encodeURIComponent(row.documentId)}`} size="sm">
            {row.documentNumber ?? row.documentId}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'client',
      header: t('frAuthority.log.columns.client'),
      render: (row) => (
        <Text component="span" size="xs" ff="monospace" title={row.clientHash}>
          {row.clientHash.slice(0, 12)}
        </Text>
      ),
    },
    {
      key: 'agent',
      header: t('frAuthority.log.columns.userAgent'),
      render: (row) => (
        <Text component="span" size="xs" style={{ overflowWrap: 'anywhere' }}>
          {row.userAgent ?? '—'}
        </Text>
      ),
    },
  ];
  return (
    <Stack gap="xs">
      <SectionTitle order={3}>{t('frAuthority.log.title')}</SectionTitle>
      <Text size="sm" c="dimmed" maw={820}>
        {t('frAuthority.log.intro')}
      </Text>
      {accesses.isPending ? (
        <ListSkeleton rows={3} height={40} />
      ) : accesses.isError ? (
        <ErrorState error={accesses.error} onRetry={() => accesses.refetch()} />
      ) : accesses.data.total === 0 ? (
        <EmptyState title={t('frAuthority.log.empty')} />
      ) : (
        <>
          <DataTable
            rows={accesses.data.items}
            columns={columns}
            rowKey={(row) => row.id}
            caption={t('frAuthority.log.caption')}
          />
          <Pager total={accesses.data.total} page={page} pageSize={accessPageSize} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
