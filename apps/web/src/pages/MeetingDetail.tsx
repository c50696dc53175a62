import {
  Anchor,
  Box,
  Breadcrumbs,
  Card,
  Grid,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMeeting } from '../api/queries.ts';
import type {
  ExtractedFact,
  FactKind,
  Language,
  LocalizedText,
  MeetingDetail as Meeting,
  StatementSummary,
} from '../api/types.ts';
import { AkomaNtosoButton } from '../components/AkomaNtosoButton.tsx';
import { LPlain, LText, ProvenanceMarker } from '../components/LocalizedText.tsx';
import { MetaList } from '../components/MetaList.tsx';
import { DetailSkeleton, PageHeader, QueryView } from '../components/States.tsx';
import { isLanguage, localeTags, uiLanguages } from '../i18n.ts';
import { type FactNode, factTree, type Paragraph, pieces, splitParagraphs } from '../lib/annotate.ts';
import { countryName } from '../lib/countries.ts';
import { formatDateRange, formatPartialDate } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { pickText, plainText } from '../lib/localized.ts';
import { MeetingSourceValue, MeetingVersions } from './texts/MeetingVersions.tsx';

const kindOrder: FactKind[] = ['document', 'event', 'initiative', 'participant', 'chair', 'meeting', 'next_meeting'];

function factPath(kind: FactKind, refId: string | null): string | null {
  if (!refId) return null;
  const id = encodeURIComponent(refId);
  switch (kind) {
    case 'document':
      return `/documents/${id}`;
    case 'event':
      return `/events/${id}`;
    case 'initiative':
      return `/initiatives/${id}`;
    case 'participant':
    case 'chair':
    case 'next_meeting':
      return /^[A-Za-z]{2}$/.test(refId) ? `/countries/${refId.toUpperCase()}` : null;
    case 'meeting':
      return null;
  }
}

const hasLinkedDescendant = (node: FactNode, ctx: AnnotationContext): boolean =>
  node.children.some((c) => factPath(c.fact.kind, ctx.refOf(c.fact)) !== null || hasLinkedDescendant(c, ctx));

interface AnnotationContext {
  source: string;
  /** The reference of a fact, completed from the meeting header where the fact itself has none (chair, next meeting). */
  refOf: (fact: ExtractedFact) => string | null;
  titles: Map<string, LocalizedText>;
  language: Language;
  kindLabel: (kind: FactKind) => string;
}

function FactMark({ node, ctx }: { node: FactNode; ctx: AnnotationContext }) {
  const { kind } = node.fact;
  const refId = ctx.refOf(node.fact);
  const path = factPath(kind, refId);
  const title = refId ? ctx.titles.get(`${kind}:${refId}`) : undefined;
  const titleText = title ? plainText(title, ctx.language) : '';
  const spanText = ctx.source.slice(node.start, node.end);
  const tooltip = (
    <Box>
      <Text size="xs" fw={700}>
        {ctx.kindLabel(kind)}
      </Text>
      {titleText && titleText !== spanText ? <Text size="xs">{titleText}</Text> : null}
    </Box>
  );
  const inner = <Annotated ctx={ctx} nodes={node.children} start={node.start} end={node.end} />;
  const className = `fact fact-${kind}`;
  const hidden = <VisuallyHidden lang={localeTags[ctx.language]}>{`${ctx.kindLabel(kind)}: `}</VisuallyHidden>;
  if (path && !hasLinkedDescendant(node, ctx)) {
    return (
      <Tooltip label={tooltip} events={{ hover: true, focus: true, touch: false }} openDelay={150}>
        <Link to={path} className={className} data-kind={kind}>
          {hidden}
          {inner}
        </Link>
      </Tooltip>
    );
  }
  return (
    <Tooltip label={tooltip} events={{ hover: true, focus: false, touch: false }} openDelay={150}>
      <span className={className} data-kind={kind}>
        {hidden}
        {inner}
      </span>
    </Tooltip>
  );
}

function Annotated({
  ctx,
  nodes,
  start,
  end,
}: {
  ctx: AnnotationContext;
  nodes: FactNode[];
  start: number;
  end: number;
}) {
  return (
    <>
      {pieces(nodes, start, end).map((piece) =>
        piece.kind === 'text' ? (
          <span key={`t${piece.start}`}>{ctx.source.slice(piece.start, piece.end)}</span>
        ) : (
          <FactMark key={`f${piece.node.start}-${piece.node.fact.kind}`} node={piece.node} ctx={ctx} />
        ),
      )}
    </>
  );
}

function Legend({ counts }: { counts: Map<FactKind, number> }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="legend-title" className="legend">
      <Text id="legend-title" size="xs" fw={700} tt="uppercase" c="dimmed" mb={6} component="h3">
        {t('meeting.legend')}
      </Text>
      <Group gap="md" wrap="wrap" component="ul" className="plain-list">
        {kindOrder
          .filter((k) => counts.has(k))
          .map((kind) => (
            <Group key={kind} gap={6} wrap="nowrap" component="li">
              <span className={`legend-swatch fact fact-${kind}`} aria-hidden />
              <Text size="sm">
                {t(`vocab.factKind.${kind}`)}{' '}
                <Text span c="dimmed" size="xs">
                  ({counts.get(kind)})
                </Text>
              </Text>
            </Group>
          ))}
      </Group>
    </Box>
  );
}

function parallelFor(
  paragraph: Paragraph,
  meeting: Meeting,
  statement: StatementSummary | undefined,
): LocalizedText | null {
  if (statement) return statement.text;
  const source = isLanguage(meeting.sourceLanguage) ? meeting.sourceLanguage : 'zh';
  if (meeting.bodyName[source].text?.trim() === paragraph.text.trim()) return meeting.bodyName;
  // The heading is split over lines: "…理事会" / "第二十四次会议联合公报"; the second line ends the title.
  if (meeting.title[source].text?.trim().endsWith(paragraph.text.trim())) return meeting.title;
  return null;
}

type PersonFact = Meeting['participants'][number] | NonNullable<Meeting['chair']>;

/** The participants (and chair) whose spans fall in a heading paragraph. */
function peopleIn(meeting: Meeting, paragraph: Paragraph): PersonFact[] {
  const people: PersonFact[] = [...meeting.participants];
  if (meeting.chair) people.push(meeting.chair);
  return people
    .filter((p) => p.span.start >= paragraph.start && p.span.start < paragraph.end)
    .sort((a, b) => a.span.start - b.span.start);
}

/** Heading paragraphs naming people: their names in the parallel language, from the extracted facts. */
function PeopleSummary({ people, language }: { people: PersonFact[]; language: Language }) {
  const { t } = useTranslation();
  const values = people.flatMap((p) => [p.title, p.personName, 'organization' in p ? p.organization : null]);
  const sample = values.find((v): v is LocalizedText => Boolean(v));
  const text = (value: LocalizedText | null | undefined) => (value ? (pickText(value, language)?.text ?? '') : '');
  return (
    <>
      <Text size="xs" c="dimmed" fs="italic" mb={2}>
        {t('meeting.peopleSummary')}
      </Text>
      <ul className="plain-list people-summary" lang={localeTags[language]}>
        {people.map((p) => {
          const who =
            'organization' in p && p.organization
              ? text(p.organization)
              : p.countryCode
                ? countryName(p.countryCode, language)
                : '';
          const rest = [text(p.title), text(p.personName)].filter(Boolean).join(' ');
          return (
            <li key={p.span.start}>
              {who}
              {who && rest ? ' — ' : ''}
              {rest}
            </li>
          );
        })}
      </ul>
      {sample ? (
        <Box mt={4}>
          <ProvenanceMarker value={sample} />
        </Box>
      ) : null}
    </>
  );
}

function ParallelText({ value, language }: { value: LocalizedText | null; language: Language }) {
  const { t } = useTranslation();
  if (!value) {
    return (
      <Text size="xs" c="dimmed" title={t('meeting.noParallel')}>
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('meeting.noParallel')}</VisuallyHidden>
      </Text>
    );
  }
  const picked = pickText(value, language);
  if (!picked) return null;
  return (
    <>
      <span lang={localeTags[picked.language]}>{picked.text}</span>
      {picked.substituted || picked.provenance === 'unofficial_translation' ? (
        <Box mt={4}>
          <ProvenanceMarker value={value} mode="badge" />
        </Box>
      ) : null}
    </>
  );
}

function AnnotatedText({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const source: Language = isLanguage(meeting.sourceLanguage) ? meeting.sourceLanguage : 'zh';
  const [parallel, setParallel] = useState<Language | 'none'>(lang === source ? 'none' : lang);
  useEffect(() => setParallel(lang === source ? 'none' : lang), [lang, source]);

  const paragraphs = useMemo(() => splitParagraphs(meeting.sourceText), [meeting.sourceText]);
  const statementAt = useMemo(() => {
    const sorted = [...meeting.statements].sort((a, b) => a.span.start - b.span.start);
    return (p: Paragraph) => sorted.find((s) => s.span.start < p.end && s.span.end > p.start);
  }, [meeting.statements]);
  const titles = useMemo(() => {
    const map = new Map<string, LocalizedText>();
    for (const s of meeting.statements) {
      for (const d of s.documents) map.set(`document:${d.id}`, d.title);
      for (const e of s.events) map.set(`event:${e.id}`, e.title);
      for (const i of s.initiatives) map.set(`initiative:${i.id}`, i.title);
    }
    return map;
  }, [meeting.statements]);
  // The `meeting` fact spans the whole heading; it is shown by the header above, not as a mark.
  const inlineFacts = useMemo(() => meeting.facts.filter((f) => f.kind !== 'meeting'), [meeting.facts]);
  const counts = useMemo(() => {
    const map = new Map<FactKind, number>();
    for (const f of inlineFacts) map.set(f.kind, (map.get(f.kind) ?? 0) + 1);
    return map;
  }, [inlineFacts]);
  const ctx: AnnotationContext = {
    source: meeting.sourceText,
    refOf: (fact) => {
      if (fact.refId) return fact.refId;
      if (fact.kind === 'chair') return meeting.chair?.countryCode ?? null;
      if (fact.kind === 'next_meeting') return meeting.nextMeeting?.countryCode ?? null;
      return null;
    },
    titles,
    language: lang,
    kindLabel: (kind) => t(`vocab.factKind.${kind}`),
  };

  // Scroll to #p-N once the text is rendered (the hash arrives before the data).
  useEffect(() => {
    if (!location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView({ block: 'start' });
  }, [location.hash]);

  const single = parallel === 'none';
  const options = [
    { value: 'none', label: t('meeting.parallelNone') },
    ...uiLanguages.filter((l) => l !== source).map((l) => ({ value: l, label: t(`language.${l}`) })),
  ];

  return (
    <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="annotated-text">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Box style={{ flex: '1 1 300px' }}>
            <Title order={2} size="h4" id="annotated-text">
              {t('meeting.text')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('meeting.textIntro')}
            </Text>
          </Box>
          <Box>
            <Text size="xs" fw={600} mb={4} id="parallel-label">
              {t('meeting.parallel')}
            </Text>
            <SegmentedControl
              size="xs"
              value={parallel}
              onChange={(value) => setParallel(value as Language | 'none')}
              data={options}
              aria-labelledby="parallel-label"
            />
          </Box>
        </Group>
        <Legend counts={counts} />
        <Box className={`paragraph-head ${single ? 'single' : ''}`} aria-hidden>
          <span />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('meeting.original', { language: t(`languageName.${source}`) })}
          </Text>
          {!single ? (
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t(`languageName.${parallel}`)}
            </Text>
          ) : null}
        </Box>
        <div>
          {paragraphs.map((paragraph) => {
            const statement = statementAt(paragraph);
            const nodes = factTree(inlineFacts, paragraph.start, paragraph.end);
            return (
              <div
                key={paragraph.start}
                className={`paragraph-row ${single ? 'single' : ''}`}
                id={statement ? `p-${statement.ordinal}` : undefined}
              >
                <div className="paragraph-number">
                  {statement ? (
                    <Anchor
                      component={Link}
                      to={`/statements/${encodeURIComponent(statement.id)}`}
                      size="sm"
                      aria-label={t('meeting.paragraphLink', { ordinal: statement.ordinal })}
                    >
                      {statement.ordinal}
                    </Anchor>
                  ) : null}
                </div>
                <div className="paragraph-source" lang={localeTags[source]}>
                  <Annotated ctx={ctx} nodes={nodes} start={paragraph.start} end={paragraph.end} />
                </div>
                {!single ? (
                  <div className="paragraph-translation">
                    <Text size="xs" fw={700} c="dimmed" className="paragraph-column-label" aria-hidden>
                      {t(`languageName.${parallel}`)}
                    </Text>
                    {!statement && peopleIn(meeting, paragraph).length > 0 ? (
                      <PeopleSummary people={peopleIn(meeting, paragraph)} language={parallel as Language} />
                    ) : (
                      <ParallelText
                        value={parallelFor(paragraph, meeting, statement)}
                        language={parallel as Language}
                      />
                    )}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </Stack>
    </Card>
  );
}

function Person({
  person,
}: {
  person: {
    countryCode: string | null;
    title: LocalizedText | null;
    personName: LocalizedText | null;
    organization?: LocalizedText | null;
  };
}) {
  const lang = useLang();
  const parts: ReactNode[] = [];
  if (person.title) parts.push(<LPlain key="title" value={person.title} />);
  if (person.personName) parts.push(<LPlain key="name" value={person.personName} />);
  return (
    <>
      <Text span fw={600} size="sm">
        {person.organization ? (
          <LPlain value={person.organization} />
        ) : person.countryCode ? (
          <Anchor component={Link} to={`/countries/${person.countryCode}`} size="sm" fw={600} underline="always">
            {countryName(person.countryCode, lang)}
          </Anchor>
        ) : null}
      </Text>
      {parts.length > 0 ? (
        <Text span size="sm">
          {' — '}
          {parts.map((p, i) => (
            <span key={i === 0 ? 'a' : 'b'}>
              {i > 0 ? ' ' : ''}
              {p}
            </span>
          ))}
        </Text>
      ) : null}
    </>
  );
}

function Participants({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const heads = meeting.participants.filter((p) => p.role === 'head_of_delegation');
  const guests = meeting.participants.filter((p) => p.role === 'guest');
  const observers = meeting.participants.filter((p) => p.role === 'observer');
  const others = [
    { key: 'guests', label: t('meeting.guests'), people: guests },
    { key: 'observers', label: t('meeting.observers'), people: observers },
  ].filter((group) => group.people.length > 0);
  const sample = meeting.participants.find((p) => p.title ?? p.personName ?? p.organization);
  const sampleText = sample?.personName ?? sample?.title ?? sample?.organization ?? null;
  return (
    <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="participants">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="participants">
          {t('meeting.participants')}
        </Title>
        <ProvenanceMarker value={sampleText} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: others.length > 0 ? 6 : 12 }}>
          <Title order={3} size="h6" mb="xs" c="dimmed">
            {t('meeting.headsOfDelegation')}
          </Title>
          <Stack gap={4} component="ul" className="plain-list">
            {heads.map((p) => (
              <li key={`${p.span.start}`}>
                <Person person={p} />
              </li>
            ))}
          </Stack>
        </Grid.Col>
        {others.length > 0 ? (
          <Grid.Col span={{ base: 12, md: 6 }}>
            {others.map((group) => (
              <div key={group.key}>
                <Title order={3} size="h6" mb="xs" mt={group.key === 'observers' ? 'md' : 0} c="dimmed">
                  {group.label}
                </Title>
                <Stack gap={4} component="ul" className="plain-list">
                  {group.people.map((p) => (
                    <li key={`${p.span.start}`}>
                      <Person person={p} />
                    </li>
                  ))}
                </Stack>
              </div>
            ))}
          </Grid.Col>
        ) : null}
      </Grid>
    </Card>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(plainText(meeting.title, lang) || t('meeting.title'));
  const next = meeting.nextMeeting;
  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumbs separator="›">
            <Anchor component={Link} to="/meetings" size="sm">
              {t('meetings.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('meeting.title')}
            </Text>
          </Breadcrumbs>
        }
        title={<LText value={meeting.title} />}
        actions={<AkomaNtosoButton meetingId={meeting.id} />}
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" className="data-card">
          <MetaList
            cols={4}
            items={[
              { label: t('meeting.dates'), value: formatDateRange(meeting.startDate, meeting.endDate, lang) },
              { label: t('meeting.place'), value: <LText value={meeting.place} marker="icon" /> },
              { label: t('meeting.format'), value: t(`vocab.eventFormat.${meeting.format}`) },
              { label: t('texts.meeting.kind'), value: t(`texts.kind.${meeting.kind}`) },
              { label: t('texts.meeting.source'), value: <MeetingSourceValue meeting={meeting} /> },
              {
                label: t('meeting.chair'),
                value: meeting.chair ? <Person person={meeting.chair} /> : t('common.notGiven'),
              },
              ...(next
                ? [
                    {
                      label: t('meeting.nextMeeting'),
                      value: (
                        <>
                          {next.date ? formatPartialDate(next.date, lang) : t('date.unknown')}
                          {next.place ? (
                            <>
                              {', '}
                              <LText value={next.place} marker="icon" />
                            </>
                          ) : next.countryCode ? (
                            `, ${countryName(next.countryCode, lang)}`
                          ) : null}
                        </>
                      ),
                    },
                  ]
                : []),
              {
                label: t('meeting.statements'),
                value: (
                  <Anchor component={Link} to={`/statements?meeting=${encodeURIComponent(meeting.id)}`} size="sm">
                    {t('meetings.statementCount', { count: meeting.statementCount })}
                  </Anchor>
                ),
              },
            ]}
          />
        </Card>
        {meeting.participants.length > 0 ? <Participants meeting={meeting} /> : null}
        <MeetingVersions meeting={meeting} />
        <AnnotatedText meeting={meeting} />
      </Stack>
    </>
  );
}

export default function MeetingDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  useDocumentTitle(meeting.isSuccess ? undefined : t('meeting.title'));
  return (
    <QueryView
      query={meeting}
      skeleton={<DetailSkeleton />}
      errorTitle={t('meeting.title')}
      back={{ to: '/meetings', label: t('meetings.title') }}
    >
      {(data) => <MeetingView meeting={data} />}
    </QueryView>
  );
}
