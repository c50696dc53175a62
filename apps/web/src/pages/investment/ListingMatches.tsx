import { Anchor, Badge, Card, Group, List, Progress, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../api/types.ts';
import { EmptyState, ErrorAlert, ListSkeleton, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { useLang } from '../../lib/hooks.ts';
import { DemoBadge, UserText } from './investmentShared.tsx';
import { formatUsd, languageLabel, sectorReasonKey } from './matchFormat.ts';
import { type Match, type MatchReason, useMatches } from './profilesApi.ts';

/** One reason of a score as a sentence in the reader's language. */
function reasonText(reason: MatchReason, t: TFunction, lang: Language): string {
  const { detail } = reason;
  switch (detail.factor) {
    case 'sector':
      return t(sectorReasonKey(detail), {
        seeker: detail.seekerSector ?? '',
        candidate: detail.candidateSector ?? '',
        division: detail.division ?? '',
        section: detail.section ?? '',
      });
    case 'place':
      return t(`invMatching.reason.place.${detail.level}`, {
        country: countryName(detail.countryCode, lang),
        region: detail.regionCode ?? '',
      });
    case 'ticket':
      return t(`invMatching.reason.ticket.${detail.position}`, {
        amount: detail.amountUsd === null ? '' : formatUsd(detail.amountUsd, lang),
        min: detail.minUsd === null ? '0' : formatUsd(detail.minUsd, lang),
        max: detail.maxUsd === null ? '∞' : formatUsd(detail.maxUsd, lang),
      });
    case 'stage':
    case 'instrument':
    case 'language': {
      const label = (value: string) =>
        detail.factor === 'language'
          ? languageLabel(value, lang)
          : t(`investment.vocab.${detail.factor === 'stage' ? 'stage' : 'instrument'}.${value}`);
      return t(`invMatching.reason.overlap.${detail.level}`, {
        values: detail.shared.map(label).join(', '),
      });
    }
    case 'keywords': {
      const shared = [...detail.concepts.map((concept) => concept.label[lang]), ...detail.words];
      return shared.length > 0
        ? t('invMatching.reason.keywords.shared', { values: shared.join(', ') })
        : t('invMatching.reason.keywords.none');
    }
  }
}

function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation();
  const lang = useLang();
  const href = match.kind === 'project' ? `/investment/projects/${match.id}` : `/investment/profiles/${match.id}`;
  const type =
    match.kind === 'project'
      ? t('invMatching.project')
      : match.investorType
        ? t(`investment.vocab.investorType.${match.investorType}`)
        : t(`investment.vocab.partneringType.${match.partneringType}`);
  return (
    <Card withBorder padding="md" component="li" className="listing-match">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={href} fw={600}>
                <UserText value={match.title} inline />
              </Anchor>
              <DemoBadge demo={match.demo} />
            </Group>
            <Text size="sm" c="dimmed">
              {[type, match.organisationName, countryName(match.countryCode, lang)].join(' · ')}
            </Text>
          </Stack>
          <Badge size="lg" variant="light" aria-hidden>
            {match.score}
          </Badge>
        </Group>
        <Progress
          value={match.score}
          size="md"
          aria-label={t('invMatching.scoreLabel', { score: match.score })}
          title={t('invMatching.scoreLabel', { score: match.score })}
        />
        <List size="sm" spacing={2} listStyleType="none" ps={0}>
          {match.reasons.map((reason) => (
            <List.Item key={reason.factor}>
              <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
                <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text span fw={600}>
                    {t(`invMatching.factor.${reason.factor}`)}:
                  </Text>{' '}
                  {reasonText(reason, t, lang)}
                </Text>
                <Text size="sm" c={reason.points > 0 ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {reason.points}/{reason.maxPoints}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

/** Ranked matches of a project or profile, each with its score broken into reasons, under one heading. */
export function ListingMatches({
  kind,
  id,
  title,
}: {
  kind: 'project' | 'profile';
  id: string;
  /** The section's heading, when the page names it more precisely than "Matches". */
  title?: string;
}) {
  const { t } = useTranslation();
  const matches = useMatches(kind, id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="listing-matches-title">
      <SectionTitle>
        <span id="listing-matches-title">{title ?? t('invMatching.title')}</span>
      </SectionTitle>
      <Text size="sm" c="dimmed">
        {t('invMatching.intro')}
      </Text>
      {matches.isPending ? (
        <ListSkeleton rows={3} height={120} />
      ) : matches.isError ? (
        <ErrorAlert error={matches.error} />
      ) : matches.data.items.length === 0 ? (
        <EmptyState title={t('invMatching.emptyTitle')}>{t('invMatching.empty')}</EmptyState>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {matches.data.items.map((match) => (
            <MatchCard key={`${match.kind}-${match.id}`} match={match} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
