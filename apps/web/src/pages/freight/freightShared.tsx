import { Anchor, type BadgeProps, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gauges, type LinkStatus, type TransportMode } from '../../../../../packages/freight/src/vocabulary.ts';
import type { Language } from '../../api/types.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { localeTags } from '../../lib/locale.ts';
import { type FreightNodeSummary, useNodes } from './freightApi.ts';

type NamedNode = Pick<FreightNodeSummary, 'id' | 'name'>;

/**
 * A node's name in the reader's language (the dataset has all three), by id or from a node already at hand; links
 * to the node's page when `link` is set. An id the network does not know is shown as it is.
 */
export function NodeName({ id, node, link = false }: { id?: string; node?: NamedNode; link?: boolean }) {
  const lang = useLang();
  const nodes = useNodes();
  const nodeId = node?.id ?? id ?? '';
  const found = node ?? nodes.data?.find((candidate) => candidate.id === nodeId);
  const text = found ? found.name[lang] || found.name.en : nodeId;
  if (!link) return <span>{text}</span>;
  return (
    <Anchor component={Link} to={`/freight/nodes/${encodeURIComponent(nodeId)}`}>
      {text}
    </Anchor>
  );
}

/** A node's name as plain text, for places that cannot hold markup (chart labels, select options). */
export function nodeLabel(node: NamedNode, lang: 'zh' | 'ru' | 'en'): string {
  return node.name[lang] || node.name.en;
}

type BadgeSize = { size?: BadgeProps['size'] };

/** Marks a distance that is our estimate (great-circle × detour factor), not a published figure. */
export function EstimateBadge({ size = 'xs' }: BadgeSize) {
  const { t } = useTranslation();
  return (
    <span title={t('freight.estimated.explain')}>
      <ToneBadge tone="amber" size={size}>
        {t('freight.estimated.badge')}
      </ToneBadge>
    </span>
  );
}

/** Marks coordinates that are approximate (about ±0.1°). */
export function ApproximateBadge({ size = 'xs' }: BadgeSize) {
  const { t } = useTranslation();
  return (
    <span title={t('freight.approximate.explain')}>
      <ToneBadge tone="gray" size={size}>
        {t('freight.approximate.badge')}
      </ToneBadge>
    </span>
  );
}

/** Marks demo records: demo data is never presented as real. */
export function DemoBadge({ size = 'xs' }: BadgeSize) {
  const { t } = useTranslation();
  return (
    <span title={t('freight.demo.explain')}>
      <ToneBadge tone="violet" size={size}>
        {t('freight.demo.badge')}
      </ToneBadge>
    </span>
  );
}

/** Marks indicative model figures (costs), which are not quotes. */
export function IndicativeBadge({ size = 'xs' }: BadgeSize) {
  const { t } = useTranslation();
  return (
    <span title={t('freight.indicative.explain')}>
      <ToneBadge tone="blue" size={size}>
        {t('freight.indicative.badge')}
      </ToneBadge>
    </span>
  );
}

/** A state's name in the UI language, also for states outside the SCO that the network reaches (Poland, Germany). */
export function freightCountryName(code: string, lang: Language): string {
  const known = countryName(code, lang);
  if (known !== code.toUpperCase()) return known;
  try {
    return new Intl.DisplayNames([localeTags[lang]], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Map and legend colours per mode (AA contrast on the light map background). */
export const modeColours: Record<TransportMode, string> = {
  rail: '#14528f',
  road: '#b3541e',
  sea: '#0d6a62',
  air: '#6b3fa0',
};

/**
 * A source with its address as a link (shown by its host) in place, and any words around it as they are: the
 * dataset's sources are a publication's address, or a description of how an estimate was made that may cite one.
 */
export function SourceText({ source, url }: { source: string | null; url?: string | null }) {
  const { t } = useTranslation();
  if (!source) return <span>{t('frNetwork.common.none')}</span>;
  const href = url ?? source.match(/https?:\/\/[^\s;,)]+/)?.[0] ?? null;
  const at = href ? source.indexOf(href) : -1;
  if (!href || at < 0) return <span style={{ overflowWrap: 'anywhere' }}>{source}</span>;
  const before = source.slice(0, at).trim();
  const after = source.slice(at + href.length).trim();
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      {before ? <span lang="en">{before} </span> : null}
      <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm" title={href} underline="always">
        {hostOf(href)}
      </Anchor>
      {after ? <span lang="en"> {after}</span> : null}
    </span>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A distance in km, with the estimate badge when it is our estimate. */
export function Distance({ km, estimated }: { km: number; estimated: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <span>{t('freight.units.km', { value: formatNumber(km, lang) })}</span>
      {estimated ? <EstimateBadge /> : null}
    </Group>
  );
}

/** A link's two ends, "A – B", each linking to its node. */
export function LinkEnds({ from, to, link = true }: { from: NamedNode; to: NamedNode; link?: boolean }) {
  return (
    <span>
      <NodeName node={from} link={link} /> – <NodeName node={to} link={link} />
    </span>
  );
}

/** A link's status as a badge; links not open yet stand out. */
export function LinkStatusBadge({ status }: { status: LinkStatus }) {
  const { t } = useTranslation();
  const tone = status === 'operational' ? 'green' : status === 'indicative' ? 'gray' : 'amber';
  return (
    <ToneBadge tone={tone} size="xs">
      {t(`freight.vocab.linkStatus.${status}`)}
    </ToneBadge>
  );
}

/** Gauges a node or link may have: one, or two at a break of gauge. */
export const gaugeOptions = [
  ...gauges,
  ...gauges.flatMap((first, index) => gauges.slice(index + 1).map((second) => `${first}/${second}`)),
];
