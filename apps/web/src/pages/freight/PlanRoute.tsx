import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  type CargoKind,
  type CargoUnit,
  cargoKinds,
  cargoUnits,
  freightLimits,
} from '../../../../../packages/freight/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { ToneBadge } from '../../components/Badges.tsx';
import { type MapLine, type MapPoint, RegionMap } from '../../components/RegionMap.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader, SectionTitle } from '../../components/States.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useNodes } from './freightApi.ts';
import { freightCountryName, IndicativeBadge, modeColours, nodeLabel, SourceText } from './freightShared.tsx';
import { type PlanNode, type PlanQuery, type PlanResponse, type PresentedPlannedRoute, usePlan } from './planApi.ts';

/** The question in the URL (`from`, `to`, `unit`, `quantity`, `kind`, `scenarios=0|1`), so a plan can be shared. */
function queryFrom(params: URLSearchParams): PlanQuery | null {
  const from = params.get('from');
  const to = params.get('to');
  const unit = params.get('unit') ?? 'teu';
  const kind = params.get('kind') ?? 'general';
  const quantity = Number(params.get('quantity') ?? '1');
  if (!from || !to || from === to) return null;
  if (!(cargoUnits as readonly string[]).includes(unit) || !(cargoKinds as readonly string[]).includes(kind))
    return null;
  if (!Number.isFinite(quantity) || quantity <= 0) return null;
  return {
    from,
    to,
    unit: unit as CargoUnit,
    quantity,
    kind: kind as CargoKind,
    includeScenarios: params.get('scenarios') === '1',
  };
}

function questionParams(query: PlanQuery): URLSearchParams {
  return new URLSearchParams({
    from: query.from,
    to: query.to,
    unit: query.unit,
    quantity: String(query.quantity),
    kind: query.kind,
    scenarios: query.includeScenarios ? '1' : '0',
  });
}

/** Where "Book this route" leads: the booking page plans again and picks the route by its id. */
function bookingHref(query: PlanQuery, routeId: string): string {
  const params = questionParams(query);
  params.set('includeScenarios', query.includeScenarios ? 'true' : 'false');
  params.set('route', routeId);
  return `/freight/shipments/new?${params.toString()}`;
}

/** Route planning: pick two nodes and a cargo, compare the Pareto-optimal routes on a map and side by side. */
export default function PlanRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('frPlan.title'));
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const plan = usePlan(query);
  const selectedId = params.get('route');
  const select = (routeId: string) => {
    const next = new URLSearchParams(params);
    next.set('route', routeId);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('frPlan.title')} intro={t('frPlan.intro')} />
      <PlanForm
        initial={query}
        onSubmit={(next) => setParams(questionParams(next))}
        key={query ? questionParams(query).toString() : 'empty'}
      />
      {query === null ? (
        <EmptyState title={t('frPlan.start')} />
      ) : plan.isPending ? (
        <ListSkeleton rows={3} />
      ) : plan.isError ? (
        <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
      ) : plan.data.routes.length === 0 ? (
        <EmptyState title={t('frPlan.noRoute.title')}>
          {t(`frPlan.noRoute.${plan.data.noRouteReason ?? 'no_route'}`)}
        </EmptyState>
      ) : (
        <PlanResults
          plan={plan.data}
          query={query}
          selectedId={selectedId && plan.data.routes.some((route) => route.id === selectedId) ? selectedId : null}
          onSelect={select}
        />
      )}
    </>
  );
}

function PlanForm({ initial, onSubmit }: { initial: PlanQuery | null; onSubmit: (query: PlanQuery) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const nodes = useNodes();
  const [from, setFrom] = useState<string | null>(initial?.from ?? null);
  const [to, setTo] = useState<string | null>(initial?.to ?? null);
  const [unit, setUnit] = useState<CargoUnit>(initial?.unit ?? 'teu');
  const [quantity, setQuantity] = useState<number | string>(initial?.quantity ?? 1);
  const [kind, setKind] = useState<CargoKind>(initial?.kind ?? 'general');
  const [includeScenarios, setIncludeScenarios] = useState(initial?.includeScenarios ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const options = useMemo(
    () =>
      (nodes.data ?? [])
        .map((node) => ({
          value: node.id,
          label: `${nodeLabel(node, lang)} · ${freightCountryName(node.countryCode, lang)}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [nodes.data, lang],
  );
  const limit = unit === 'teu' ? freightLimits.maxTeu : freightLimits.maxTonnes;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = typeof quantity === 'number' ? quantity : Number(quantity);
    if (!from || !to) return setProblem(t('frPlan.form.needBoth'));
    if (from === to) return setProblem(t('frPlan.form.sameNode'));
    if (!Number.isFinite(amount) || amount <= 0 || amount > limit) {
      return setProblem(t('frPlan.form.quantityRange', { max: formatNumber(limit, lang) }));
    }
    setProblem(null);
    onSubmit({ from, to, unit, quantity: amount, kind, includeScenarios });
  };
  return (
    <Paper withBorder p="md" mb="lg" component="form" onSubmit={submit} aria-label={t('frPlan.form.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <Select
          label={t('frPlan.form.from')}
          placeholder={t('frPlan.form.pickNode')}
          data={options}
          value={from}
          onChange={setFrom}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('frPlan.form.noMatch')}
          disabled={nodes.isPending}
        />
        <Select
          label={t('frPlan.form.to')}
          placeholder={t('frPlan.form.pickNode')}
          data={options}
          value={to}
          onChange={setTo}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('frPlan.form.noMatch')}
          disabled={nodes.isPending}
        />
        <Select
          label={t('frPlan.form.kind')}
          data={cargoKinds.map((value) => ({ value, label: t(`freight.vocab.cargoKind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as CargoKind)}
          allowDeselect={false}
        />
        <Select
          label={t('frPlan.form.unit')}
          data={cargoUnits.map((value) => ({ value, label: t(`freight.vocab.cargoUnit.${value}`) }))}
          value={unit}
          onChange={(value) => value && setUnit(value as CargoUnit)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('frPlan.form.quantity')}
          description={t('frPlan.form.quantityHint', { max: formatNumber(limit, lang) })}
          value={quantity}
          onChange={setQuantity}
          min={0}
          max={limit}
          decimalScale={unit === 'teu' ? 0 : 1}
        />
        <Stack justify="flex-end" gap="xs">
          <Switch
            label={t('frPlan.form.scenarios')}
            description={t('frPlan.form.scenariosHint')}
            checked={includeScenarios}
            onChange={(event) => setIncludeScenarios(event.currentTarget.checked)}
          />
        </Stack>
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">{t('frPlan.form.submit')}</Button>
        {problem ? (
          <Text c="red.8" size="sm" role="alert">
            {problem}
          </Text>
        ) : null}
      </Group>
    </Paper>
  );
}

function useDuration() {
  const { t } = useTranslation();
  const lang = useLang();
  return (hours: number) =>
    `${t('freight.units.days', { value: formatNumber(Math.round((hours / 24) * 10) / 10, lang) })} (${t(
      'freight.units.hours',
      { value: formatNumber(Math.round(hours), lang) },
    )})`;
}

function routeName(index: number, t: (key: string, options?: Record<string, unknown>) => string) {
  return t('frPlan.routeName', { number: index + 1 });
}

function PlanResults({
  plan,
  query,
  selectedId,
  onSelect,
}: {
  plan: PlanResponse;
  query: PlanQuery;
  selectedId: string | null;
  onSelect: (routeId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const nodeById = useMemo(() => new Map(plan.nodes.map((node) => [node.id, node])), [plan.nodes]);
  const selected = plan.routes.find((route) => route.id === selectedId) ?? plan.routes[0];
  const name = (id: string) => {
    const node = nodeById.get(id);
    return node ? nodeLabel(node, lang) : id;
  };
  const lines: MapLine[] = plan.routes.flatMap((route, index) =>
    route.legs.map((leg) => ({
      id: `${route.id}-${leg.sequence}`,
      label: `${routeName(index, t)}: ${name(leg.fromNodeId)} → ${name(leg.toNodeId)} (${t(`freight.vocab.mode.${leg.mode}`)})`,
      coordinates: leg.viaNodeIds
        .map((id) => nodeById.get(id))
        .filter((node): node is PlanNode => node !== undefined)
        .map((node) => [node.longitude, node.latitude] as [number, number]),
      group: leg.mode,
      color: modeColours[leg.mode],
      dashed: leg.scenario,
      emphasis: route.id === selected?.id,
    })),
  );
  const endpoints = [query.from, query.to]
    .map((id) => nodeById.get(id))
    .filter((node): node is PlanNode => node !== undefined);
  const points: MapPoint[] = endpoints.map((node) => ({
    id: node.id,
    label: nodeLabel(node, lang),
    latitude: node.latitude,
    longitude: node.longitude,
    href: `/freight/nodes/${encodeURIComponent(node.id)}`,
  }));
  return (
    <Stack gap="lg">
      <RegionMap
        points={points}
        lines={lines.filter((line) => line.emphasis || plan.routes.length <= 6)}
        fitTo="points"
        height={380}
        ariaLabel={t('frPlan.mapLabel')}
      />
      <Group gap="md" aria-label={t('frPlan.legend')}>
        {(['rail', 'road', 'sea', 'air'] as const).map((mode) => (
          <Group key={mode} gap={6}>
            <Box w={18} h={4} bg={modeColours[mode]} aria-hidden />
            <Text size="xs">{t(`freight.vocab.mode.${mode}`)}</Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {t('frPlan.dashedScenario')}
        </Text>
      </Group>
      <section aria-labelledby="plan-compare">
        <SectionTitle>
          <span id="plan-compare">{t('frPlan.compare', { count: plan.routes.length })}</span>
        </SectionTitle>
        {plan.routes.some((route) => !route.paretoOptimal) ? (
          <Text size="sm" c="dimmed" mb="xs">
            {t('frPlan.alternative')}: {t('frPlan.alternativeExplain')}
          </Text>
        ) : null}
        <Box visibleFrom="md">
          <ComparisonTable
            plan={plan}
            query={query}
            selectedId={selected?.id ?? null}
            onSelect={onSelect}
            name={name}
          />
        </Box>
        <Box hiddenFrom="md">
          <RouteCards plan={plan} query={query} selectedId={selected?.id ?? null} onSelect={onSelect} name={name} />
        </Box>
      </section>
      {selected ? <RouteLegs route={selected} index={plan.routes.indexOf(selected)} name={name} /> : null}
      <MethodNotes plan={plan} />
    </Stack>
  );
}

interface RoutesViewProps {
  plan: PlanResponse;
  query: PlanQuery;
  selectedId: string | null;
  onSelect: (routeId: string) => void;
  name: (id: string) => string;
}

function BestBadges({ route }: { route: PresentedPlannedRoute }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {route.fastest ? <ToneBadge tone="navy">{t('frPlan.best.fastest')}</ToneBadge> : null}
      {route.cheapest ? <ToneBadge tone="teal">{t('frPlan.best.cheapest')}</ToneBadge> : null}
      {route.lowestEmissions ? <ToneBadge tone="green">{t('frPlan.best.greenest')}</ToneBadge> : null}
      {route.scenario ? <ToneBadge tone="amber">{t('frPlan.scenario')}</ToneBadge> : null}
      {route.paretoOptimal ? null : <ToneBadge tone="gray">{t('frPlan.alternative')}</ToneBadge>}
    </Group>
  );
}

/** The comparison rows, shared by the side-by-side table and the cards on narrow screens. */
function useRouteFacts(name: (id: string) => string) {
  const { t } = useTranslation();
  const lang = useLang();
  const duration = useDuration();
  const number = (value: number) => formatNumber(Math.round(value), lang);
  return (route: PresentedPlannedRoute): { key: string; label: string; value: ReactNode }[] => [
    { key: 'time', label: t('frPlan.facts.time'), value: duration(route.totals.hours) },
    {
      key: 'cost',
      label: t('frPlan.facts.cost'),
      value: (
        <Group gap={4} wrap="nowrap">
          <span>{t('freight.units.usd', { value: number(route.totals.costUsd) })}</span>
          <IndicativeBadge />
        </Group>
      ),
    },
    {
      key: 'wtw',
      label: t('frPlan.facts.co2eWtw'),
      value: t('freight.units.kgCo2e', { value: number(route.totals.co2eWtwKg) }),
    },
    {
      key: 'ttw',
      label: t('frPlan.facts.co2eTtw'),
      value: t('freight.units.kgCo2e', { value: number(route.totals.co2eTtwKg) }),
    },
    {
      key: 'distance',
      label: t('frPlan.facts.distance'),
      value: t('freight.units.km', { value: number(route.totals.distanceKm) }),
    },
    {
      key: 'estimated',
      label: t('frPlan.facts.estimatedShare'),
      value: `${formatNumber(Math.round(route.estimatedDistanceShare * 100), lang)} %`,
    },
    {
      key: 'modes',
      label: t('frPlan.facts.modes'),
      value: route.modes.map((mode) => t(`freight.vocab.mode.${mode}`)).join(', '),
    },
    { key: 'gauge', label: t('frPlan.facts.gaugeChanges'), value: formatNumber(route.gaugeChanges, lang) },
    {
      key: 'regimes',
      label: t('frPlan.facts.regimes'),
      value: route.regimes.map((regime) => t(`freight.vocab.regime.${regime}`)).join(', '),
    },
    {
      key: 'borders',
      label: t('frPlan.facts.borders'),
      value:
        route.borderCrossings.length === 0
          ? t('frPlan.facts.noBorders')
          : route.borderCrossings.map((crossing) => name(crossing.nodeId)).join(', '),
    },
    {
      key: 'countries',
      label: t('frPlan.facts.countries'),
      value: route.countries.map((code) => freightCountryName(code, lang)).join(' → '),
    },
  ];
}

function RouteActions({
  route,
  query,
  selected,
  onSelect,
}: {
  route: PresentedPlannedRoute;
  query: PlanQuery;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  return (
    <Stack gap={6}>
      <Button
        size="xs"
        variant={selected ? 'filled' : 'light'}
        aria-pressed={selected}
        onClick={() => onSelect(route.id)}
      >
        {selected ? t('frPlan.shown') : t('frPlan.show')}
      </Button>
      {hasRole('forwarder', 'shipper') && !route.scenario ? (
        <Button size="xs" variant="outline" component={Link} to={bookingHref(query, route.id)}>
          {t('frPlan.book')}
        </Button>
      ) : null}
    </Stack>
  );
}

function ComparisonTable({ plan, query, selectedId, onSelect, name }: RoutesViewProps) {
  const { t } = useTranslation();
  const facts = useRouteFacts(name);
  const rows = plan.routes.map(facts);
  const labels = rows[0] ?? [];
  return (
    <Table.ScrollContainer minWidth={plan.routes.length * 180 + 180}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('frPlan.facts.route')}</Table.Th>
            {plan.routes.map((route, index) => (
              <Table.Th
                key={route.id}
                scope="col"
                style={route.id === selectedId ? { background: 'var(--mantine-color-blue-0)' } : undefined}
              >
                <Stack gap={4}>
                  <span>{routeName(index, t)}</span>
                  <BestBadges route={route} />
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labels.map((fact, factIndex) => (
            <Table.Tr key={fact.key}>
              <Table.Th scope="row">{fact.label}</Table.Th>
              {rows.map((routeFacts, index) => (
                <Table.Td
                  key={plan.routes[index]?.id}
                  style={
                    plan.routes[index]?.id === selectedId ? { background: 'var(--mantine-color-blue-0)' } : undefined
                  }
                >
                  {routeFacts[factIndex]?.value}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('frPlan.facts.actions')}</Table.Th>
            {plan.routes.map((route) => (
              <Table.Td key={route.id}>
                <RouteActions route={route} query={query} selected={route.id === selectedId} onSelect={onSelect} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RouteCards({ plan, query, selectedId, onSelect, name }: RoutesViewProps) {
  const { t } = useTranslation();
  const facts = useRouteFacts(name);
  return (
    <Stack gap="sm" component="ul" className="plain-list">
      {plan.routes.map((route, index) => (
        <Card
          key={route.id}
          component="li"
          withBorder
          padding="sm"
          style={route.id === selectedId ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
        >
          <Stack gap={6}>
            <Text fw={700}>{routeName(index, t)}</Text>
            <BestBadges route={route} />
            <Box component="dl" m={0}>
              {facts(route).map((fact) => (
                <Group key={fact.key} gap="xs" wrap="nowrap" align="flex-start">
                  <Text component="dt" size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
                    {fact.label}
                  </Text>
                  <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
                    {fact.value}
                  </Text>
                </Group>
              ))}
            </Box>
            <RouteActions route={route} query={query} selected={route.id === selectedId} onSelect={onSelect} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function RouteLegs({
  route,
  index,
  name,
}: {
  route: PresentedPlannedRoute;
  index: number;
  name: (id: string) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const duration = useDuration();
  const number = (value: number) => formatNumber(Math.round(value), lang);
  return (
    <section aria-labelledby="plan-legs">
      <SectionTitle>
        <span id="plan-legs">{t('frPlan.legs.title', { route: routeName(index, t) })}</span>
      </SectionTitle>
      <Stack gap="sm" component="ol" className="plain-list">
        {route.legs.map((leg) => (
          <Card key={leg.sequence} component="li" withBorder padding="sm">
            <Stack gap={4}>
              <Group gap="xs">
                <Box w={12} h={12} bg={modeColours[leg.mode]} style={{ borderRadius: 2 }} aria-hidden />
                <Text fw={600}>
                  {leg.sequence}. {name(leg.fromNodeId)} → {name(leg.toNodeId)}
                </Text>
                <ToneBadge tone="gray">{t(`freight.vocab.mode.${leg.mode}`)}</ToneBadge>
                {leg.gauge && leg.mode === 'rail' ? (
                  <ToneBadge tone="gray">
                    {t(`freight.vocab.gauge.${leg.gauge}`, { defaultValue: leg.gauge })}
                  </ToneBadge>
                ) : null}
                {leg.scenario ? <ToneBadge tone="amber">{t('frPlan.scenario')}</ToneBadge> : null}
              </Group>
              <Text size="sm">
                {t('frPlan.legs.summary', {
                  distance: t('freight.units.km', { value: number(leg.distanceKm) }),
                  start: duration(leg.startOffsetHours),
                  end: duration(leg.endOffsetHours),
                  dwell: t('freight.units.hours', { value: number(leg.dwellHours) }),
                })}
              </Text>
              <Text size="sm">
                {t('frPlan.legs.documents')}:{' '}
                {leg.documentKinds.map((kind) => t(`freight.vocab.documentKind.${kind}`)).join(', ')}
              </Text>
              {leg.borderCrossings.length > 0 ? (
                <List size="sm" spacing={2}>
                  {leg.borderCrossings.map((crossing) => (
                    <List.Item key={`${crossing.nodeId}-${crossing.pairNodeId ?? ''}`}>
                      {t('frPlan.legs.crossing', {
                        station: name(crossing.nodeId),
                        pair: crossing.pairNodeId ? ` – ${name(crossing.pairNodeId)}` : '',
                        dwell: t('freight.units.hours', { value: formatNumber(crossing.dwellHours, lang) }),
                        basis: t(`frPlan.dwellBasis.${crossing.dwellBasis}`),
                      })}
                      {crossing.gaugeChange ? ` · ${t('frPlan.legs.gaugeChange')}` : ''}
                      {crossing.dwellSource ? (
                        <>
                          {' · '}
                          <SourceText source={crossing.dwellSource} />
                        </>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Stack>
          </Card>
        ))}
      </Stack>
    </section>
  );
}

function MethodNotes({ plan }: { plan: PlanResponse }) {
  const { t } = useTranslation();
  const { emissions, cost, time, dwell } = plan.method;
  return (
    <section aria-labelledby="plan-method">
      <SectionTitle>
        <span id="plan-method">{t('frPlan.method.title')}</span>
      </SectionTitle>
      <Stack gap="xs">
        <Text size="sm">
          {t('frPlan.method.emissions', { standard: emissions.standard, framework: emissions.framework })}
        </Text>
        <Text size="sm">{t('frPlan.method.wtwTtw')}</Text>
        <List size="sm" spacing={4}>
          {emissions.factors.map((factor) => (
            <List.Item key={factor.mode}>
              {t(`freight.vocab.mode.${factor.mode}`)}: {factor.category} — TTW {factor.ttwKgPerTonneKm}, WTW{' '}
              {factor.wtwKgPerTonneKm} kg CO2e/t·km ({factor.framework}) · <SourceText source={factor.source} />
            </List.Item>
          ))}
          <List.Item>
            {t('frPlan.method.tonnesPerTeu', { value: emissions.tonnesPerTeu.value })} ({emissions.tonnesPerTeu.source})
          </List.Item>
        </List>
        <Text size="sm">{t('frPlan.method.cost')}</Text>
        <List size="sm" spacing={4}>
          {cost.parameters.map((parameter) => (
            <List.Item key={parameter.name}>
              {parameter.name}: {parameter.value} {parameter.unit} · <SourceText source={parameter.source} />
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('frPlan.method.time')}</Text>
        <List size="sm" spacing={4}>
          {time.parameters.map((parameter) => (
            <List.Item key={parameter.name}>
              {parameter.name}: {parameter.value} {parameter.unit} · <SourceText source={parameter.source} />
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('frPlan.method.dwell', { samples: dwell.samplesForPlanning })}</Text>
        <Text size="sm">{t('frPlan.method.links')}</Text>
        <Text size="xs" c="dimmed">
          {t('frPlan.method.sourcesLanguage')}{' '}
          <Anchor component={Link} to="/freight/network" size="xs" underline="always">
            {t('frPlan.method.networkLink')}
          </Anchor>
        </Text>
      </Stack>
    </section>
  );
}
