import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconHeartHandshake, IconLogin, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import {
  type Interest,
  type IntroductionCandidate,
  type Pipeline,
  recordListingView,
  useExpressInterest,
  useIntroduceListings,
  useIntroductionMatches,
  useListingFacts,
  useListingSearch,
  useMyOpenInterest,
  useOwnPublishedListings,
  usePipeline,
} from './dealsApi.ts';
import { pickUserText } from './investmentShared.tsx';

type ListingKind = 'project' | 'profile';

/**
 * For a visitor, the "express interest" action (a sign-in prompt when anonymous); for the owner, the listing's
 * pipeline (views → interest → meeting → NDA → deal/closed) and its stale flag. Records a view for non-owners.
 */
export function ListingInterest({ kind, id, ownerUserId }: { kind: ListingKind; id: string; ownerUserId: string }) {
  const { user, loading } = useAuth();
  const isOwner = user?.id === ownerUserId;
  const mayReadPipeline =
    isOwner || user?.role === 'secretariat' || user?.role === 'admin' || user?.role === 'focal_point';
  const pipeline = usePipeline(kind, id, !loading && mayReadPipeline);
  const recorded = useRef<string | null>(null);

  useEffect(() => {
    if (loading || isOwner || recorded.current === `${kind}:${id}`) return;
    recorded.current = `${kind}:${id}`;
    // A lost view is not worth bothering the reader about.
    recordListingView(kind, id).catch(() => undefined);
  }, [loading, isOwner, kind, id]);

  if (loading) return null;
  return (
    <Stack gap="sm">
      {pipeline.data ? <PipelineFunnel pipeline={pipeline.data} /> : null}
      {isOwner ? null : <ExpressInterest kind={kind} id={id} />}
      {isOwner ? null : <IntroduceListing kind={kind} id={id} />}
    </Stack>
  );
}

const funnelStages = ['viewed', 'interest', 'meeting', 'nda', 'deal', 'closed'] as const;

/** The listing's funnel as labelled bars: readable at 375 px and by screen readers, unlike a canvas chart. */
function PipelineFunnel({ pipeline }: { pipeline: Pipeline }) {
  const { t } = useTranslation();
  const lang = useLang();
  const largest = Math.max(1, ...funnelStages.map((stage) => pipeline[stage]));
  return (
    <Stack gap={6} aria-labelledby={`pipeline-${pipeline.id}`}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} id={`pipeline-${pipeline.id}`}>
          {t('invDeals.pipeline.title')}
        </Text>
        {pipeline.stale ? (
          <Badge color="yellow" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
            {t('invDeals.pipeline.stale')}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t('invDeals.pipeline.explain', {
          days: pipeline.staleAfterDays,
          date: formatDate(pipeline.lastActivityAt.slice(0, 10), lang),
        })}
      </Text>
      <Stack gap={6} component="dl" m={0}>
        {funnelStages.map((stage) => (
          <div key={stage}>
            <Text component="dt" size="sm">
              {t(`investment.vocab.pipelineStage.${stage}`)}
            </Text>
            {/* The bar sits inside the <dd>: a <dl> group may hold only <dt> and <dd>. */}
            <Group component="dd" gap="xs" wrap="nowrap" m={0}>
              <Progress
                value={(pipeline[stage] / largest) * 100}
                color={stage === 'closed' ? 'gray' : stage === 'deal' ? 'green' : 'blue'}
                size="sm"
                style={{ flex: 1 }}
                aria-hidden
              />
              <Text size="sm" fw={600} className="pipeline-count">
                {formatNumber(pipeline[stage], lang)}
              </Text>
            </Group>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}

function ExpressInterest({ kind, id }: { kind: ListingKind; id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [sourceKey, setSourceKey] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [done, setDone] = useState(false);
  const isBusiness = user?.role === 'business';
  const ownListings = useOwnPublishedListings(open && isBusiness);
  const mine = useMyOpenInterest(kind, id, isBusiness);
  const express = useExpressInterest();

  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Group gap="sm" wrap="wrap">
        <Text size="sm">{t('invDeals.express.signInText')}</Text>
        <Button component={Link} to={`/login?next=${next}`} size="xs" leftSection={<IconLogin size={14} aria-hidden />}>
          {t('invDeals.express.signIn')}
        </Button>
      </Group>
    );
  }
  if (!isBusiness) return null;
  if (done) {
    return (
      <SuccessNotice role="status" onClose={() => setDone(false)}>
        {t('invDeals.express.sent')}{' '}
        <Anchor component={Link} to="/investment/interests">
          {t('invDeals.express.seeInterests')}
        </Anchor>
      </SuccessNotice>
    );
  }
  // Until we know whether an interest is already open, offering to send one could only lead to a refusal.
  if (mine.isPending) return null;
  if (mine.data) return <MyOpenInterest interest={mine.data} />;

  const sourceOptions = (ownListings.data ?? []).map((listing) => ({
    value: `${listing.kind}:${listing.id}`,
    label: `${t(`invDeals.kind.${listing.kind}`)}: ${pickUserText(listing.title, lang).text}`,
  }));
  const submit = () => {
    const [sourceKind, sourceId] = sourceKey ? (sourceKey.split(':') as [ListingKind, string]) : [];
    express.mutate(
      {
        target: { kind, id },
        source: sourceKind && sourceId ? { kind: sourceKind, id: sourceId } : undefined,
        message,
      },
      {
        onSuccess: () => {
          setOpen(false);
          setDone(true);
          setMessage('');
        },
      },
    );
  };

  return (
    <>
      <Group>
        <Button onClick={() => setOpen(true)} leftSection={<IconHeartHandshake size={16} aria-hidden />}>
          {t('invDeals.express.button')}
        </Button>
      </Group>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('invDeals.express.title')}
        size="lg"
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <Alert variant="light" color="blue">
              {t('invDeals.express.consentNote')}
            </Alert>
            <Select
              label={t('invDeals.express.source')}
              description={t('invDeals.express.sourceHelp')}
              placeholder={t('invDeals.express.noSource')}
              data={sourceOptions}
              value={sourceKey}
              onChange={setSourceKey}
              clearable
              disabled={ownListings.isPending}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('invDeals.express.message')}
              description={t('invDeals.express.messageHelp')}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
              required
              autosize
              minRows={4}
              maxLength={4000}
            />
            {express.isError ? <ErrorAlert error={express.error} /> : null}
            <ModalActions onCancel={() => setOpen(false)}>
              <Button type="submit" loading={express.isPending} disabled={message.trim().length === 0}>
                {t('invDeals.express.submit')}
              </Button>
            </ModalActions>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Where the caller's open interest in this listing stands, instead of offering to send another. */
function MyOpenInterest({ interest }: { interest: Interest }) {
  const { t } = useTranslation();
  const agreed = interest.status === 'accepted';
  const waiting = interest.awaitingMyAnswer ? 'invDeals.express.mine.awaitingYou' : 'invDeals.express.mine.pending';
  return (
    <Group gap="xs" wrap="wrap" role="status">
      <Badge
        color={agreed ? 'green' : 'blue'}
        variant="light"
        leftSection={<IconHeartHandshake size={12} aria-hidden />}
      >
        {t(agreed ? 'invDeals.express.mine.accepted' : waiting)}
      </Badge>
      {agreed ? (
        <Text size="sm">
          {t('invDeals.express.mine.stage', {
            stage: t(`investment.vocab.pipelineStage.${interest.pipelineStage}`),
          })}
        </Text>
      ) : null}
      <Anchor component={Link} to={`/investment/interests?box=sent&open=${interest.id}`} size="sm">
        {t('invDeals.express.mine.open')}
      </Anchor>
    </Group>
  );
}

/**
 * "Introduce to…": the focal point of the listing's country, or the Secretariat, introduces this published listing
 * to another one (one of its matches, or any published listing found by search). Both owners then accept or
 * decline; nothing is revealed before both do.
 */
function IntroduceListing({ kind, id }: { kind: ListingKind; id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { user } = useAuth();
  const official = user?.role === 'secretariat' || user?.role === 'admin';
  const mayBroker = official || user?.role === 'focal_point';
  const listing = useListingFacts(kind, id, mayBroker);
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [done, setDone] = useState(false);
  const matches = useIntroductionMatches(kind, id, open);
  const found = useListingSearch(debouncedSearch, open);
  const introduce = useIntroduceListings();

  const facts = listing.data;
  const forThisCountry = official || (user?.role === 'focal_point' && user.countryCode === facts?.countryCode);
  if (facts?.status !== 'published' || !forThisCountry) return null;
  if (done) {
    return (
      <SuccessNotice role="status" onClose={() => setDone(false)}>
        {t('invDeals.introduce.sent')}{' '}
        <Anchor component={Link} to="/investment/interests?box=brokered">
          {t('invDeals.introduce.seeBrokered')}
        </Anchor>
      </SuccessNotice>
    );
  }

  const keyOf = (candidate: IntroductionCandidate) => `${candidate.kind}:${candidate.id}`;
  const labelOf = (candidate: IntroductionCandidate) =>
    [
      `${t(`invDeals.kind.${candidate.kind}`)}: ${pickUserText(candidate.title, lang).text}`,
      candidate.organisation,
      countryName(candidate.countryCode, lang),
      candidate.demo ? t('investment.demo.badge') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const others = (candidates: IntroductionCandidate[] | undefined) =>
    (candidates ?? []).filter((candidate) => !(candidate.kind === kind && candidate.id === id));
  const matched = others(matches.data);
  const searched = others(found.data).filter(
    (candidate) => !matched.some((match) => keyOf(match) === keyOf(candidate)),
  );
  const everyCandidate = [...matched, ...searched];
  const options = [
    { group: t('invDeals.introduce.fromMatches'), items: matched.map((c) => ({ value: keyOf(c), label: labelOf(c) })) },
    { group: t('invDeals.introduce.fromSearch'), items: searched.map((c) => ({ value: keyOf(c), label: labelOf(c) })) },
  ].filter((group) => group.items.length > 0);
  const chosen = everyCandidate.find((candidate) => keyOf(candidate) === chosenKey) ?? null;

  const submit = () => {
    if (!chosen) return;
    introduce.mutate(
      { target: { kind, id }, source: { kind: chosen.kind, id: chosen.id }, message },
      {
        onSuccess: () => {
          setOpen(false);
          setDone(true);
          setMessage('');
          setChosenKey(null);
        },
      },
    );
  };

  return (
    <>
      <Group>
        <Button
          variant="light"
          color="grape"
          onClick={() => setOpen(true)}
          leftSection={<IconUsersGroup size={16} aria-hidden />}
        >
          {t('invDeals.introduce.button')}
        </Button>
      </Group>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('invDeals.introduce.title')}
        size="lg"
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <Alert variant="light" color="grape">
              {t('invDeals.introduce.consentNote')}
            </Alert>
            <TextInput
              label={t('invDeals.introduce.search')}
              description={t('invDeals.introduce.searchHelp')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              maxLength={200}
            />
            <Select
              label={t('invDeals.introduce.other')}
              placeholder={
                matches.isPending || found.isFetching
                  ? t('invDeals.introduce.loading')
                  : options.length === 0
                    ? t('invDeals.introduce.noCandidates')
                    : t('invDeals.introduce.choose')
              }
              data={options}
              value={chosenKey}
              onChange={setChosenKey}
              searchable
              nothingFoundMessage={t('invDeals.introduce.noCandidates')}
              required
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('invDeals.introduce.message')}
              description={t('invDeals.introduce.messageHelp')}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
              required
              autosize
              minRows={4}
              maxLength={4000}
            />
            {introduce.isError ? <ErrorAlert error={introduce.error} /> : null}
            <ModalActions onCancel={() => setOpen(false)}>
              <Button
                type="submit"
                color="grape"
                loading={introduce.isPending}
                disabled={!chosen || message.trim().length === 0}
              >
                {t('invDeals.introduce.submit')}
              </Button>
            </ModalActions>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
