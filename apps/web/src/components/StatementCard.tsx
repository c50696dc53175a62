import { Anchor, Card, Group, Highlight, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconFileText, IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementSummary } from '../api/types.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { useLang } from '../lib/hooks.ts';
import { StanceBadge, ToneBadge, TopicBadge } from './Badges.tsx';
import { LText } from './LocalizedText.tsx';

/** Words of a search query to mark in results (quotes and operators dropped). */
export function queryTerms(q: string | null | undefined): string[] {
  if (!q) return [];
  return q
    .replace(/["“”«»]/g, ' ')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !['AND', 'OR', 'NOT'].includes(w));
}

export function StatementCard({
  statement,
  highlight = [],
  headingOrder = 3,
}: {
  statement: StatementSummary;
  highlight?: string[];
  headingOrder?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const heading = `h${headingOrder}` as const;
  return (
    <Card withBorder padding="md" component="article" className="statement-card">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text component={heading} fw={650} size="sm" m={0}>
              <Anchor component={Link} to={`/statements/${encodeURIComponent(statement.id)}`}>
                {t('statements.paragraph', { ordinal: statement.ordinal })}
              </Anchor>
            </Text>
            <StanceBadge stance={statement.stance} />
            {statement.otherStances.map((s) => (
              <StanceBadge key={s} stance={s} />
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t(`vocab.actorKind.${statement.actorKind}`)} · {formatDate(statement.meetingDate, lang)}
          </Text>
        </Group>
        <LText
          value={statement.text}
          variant="block"
          render={(text) =>
            highlight.length > 0 ? (
              <Highlight component="span" highlight={highlight} size="sm" className="statement-text">
                {text}
              </Highlight>
            ) : (
              <Text component="span" size="sm" className="statement-text">
                {text}
              </Text>
            )
          }
        />
        <Group gap={6} wrap="wrap">
          {statement.topics.map((topic) => (
            <TopicBadge key={topic} topic={topic} />
          ))}
          {statement.actorKind === 'named_states'
            ? statement.countries.map((code) => (
                <ToneBadge key={code} tone="gray">
                  {countryName(code, lang)}
                </ToneBadge>
              ))
            : null}
        </Group>
        {statement.documents.length + statement.events.length + statement.initiatives.length > 0 ? (
          <Stack gap={4} className="statement-links">
            {statement.documents.map((d) => (
              <RefLine key={`d-${d.id}`} icon="document" to={`/documents/${encodeURIComponent(d.id)}`}>
                <LText value={d.title} marker="icon" />
              </RefLine>
            ))}
            {statement.events.map((e) => (
              <RefLine key={`e-${e.id}`} icon="event" to={`/events/${encodeURIComponent(e.id)}`}>
                <LText value={e.title} marker="icon" />
              </RefLine>
            ))}
            {statement.initiatives.map((i) => (
              <RefLine key={`i-${i.id}`} icon="initiative" to={`/initiatives/${encodeURIComponent(i.id)}`}>
                <LText value={i.title} marker="icon" />
              </RefLine>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

const icons = { document: IconFileText, event: IconCalendarEvent, initiative: IconRocket };

function RefLine({ icon, to, children }: { icon: keyof typeof icons; to: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const Icon = icons[icon];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Icon size={15} aria-hidden className={`fact-icon fact-icon-${icon}`} style={{ flex: 'none', marginTop: 2 }} />
      <Text size="xs" style={{ minWidth: 0 }}>
        <Text span size="xs" c="dimmed">
          {t(`vocab.factKind.${icon}`)}:{' '}
        </Text>
        <Anchor component={Link} to={to} size="xs" underline="always">
          {children}
        </Anchor>
      </Text>
    </Group>
  );
}
