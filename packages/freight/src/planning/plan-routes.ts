import { createHash } from 'node:crypto';
import { DomainError } from '../../../core/src/errors.ts';
import type { NetworkEdge, NetworkGraph } from '../network/network-graph.ts';
import {
  type CargoKind,
  type CargoUnit,
  cargoKinds,
  cargoUnits,
  type DocumentKind,
  freightLimits,
  type LegalRegime,
  type TransportMode,
} from '../vocabulary.ts';
import { costParameters, separateChargesPerTeu } from './cost-parameters.ts';
import { emissionFactors, tonnesPerTeu } from './emission-factors.ts';
import { customsUnions, planningParameters, searchSettings, searchTuning } from './planning-parameters.ts';
import { cimParties, smgsParties } from './regime-areas.ts';
import type {
  CargoSpec,
  DwellBasis,
  ObservedDwell,
  PlannedBorderCrossing,
  PlannedLeg,
  PlannedRoute,
} from './route-types.ts';

/**
 * Multi-criteria route planning: the Pareto-optimal routes from one node to another by door-to-door hours, cost
 * (USD, indicative) and CO2e (well-to-wheel), each split into legs where the mode or the rail gauge changes.
 *
 * The search is a label-setting search over states (node, arriving mode, arriving gauge), so that a change of mode
 * (transshipment) or of gauge costs time and money where it happens. Each state keeps the labels no other label
 * beats on all three criteria (on large networks within a small margin, see `searchTuning`); labels that, with lower bounds to the destination
 * added, are beaten by a route already found are dropped.
 *
 * Which links are used: operational links always. Air links, which the dataset marks `indicative` because no
 * schedule stands behind them, are ordinary options for cargo given in tonnes only: ISO containers (TEU) do not fly,
 * and dangerous goods never go by air here. Links under construction, planned, or indicative in another mode (an
 * unconfirmed rail link, say) only when `includeScenarios` is set, and a route using one is a scenario.
 */
export function planRoutes(options: {
  graph: NetworkGraph;
  from: string;
  to: string;
  cargo: CargoSpec;
  includeScenarios: boolean;
  observedDwell: ObservedDwell;
}): PlannedRoute[] {
  const { graph, from, to, cargo, includeScenarios, observedDwell } = options;
  assertCargo(cargo);
  const compiled = compileGraph(graph);
  const origin = compiled.nodeIndex.get(from);
  const destination = compiled.nodeIndex.get(to);
  const unknown = [origin === undefined ? from : null, destination === undefined ? to : null].filter(
    (id): id is string => id !== null,
  );
  if (origin === undefined || destination === undefined) {
    throw new DomainError('not_found', `Unknown node: ${unknown.join(', ')}`, { unknownNodeIds: unknown });
  }
  if (origin === destination) {
    throw new DomainError('validation_failed', 'The origin and the destination are the same node', {
      field: 'to',
    });
  }
  const context: TraversalContext = {
    compiled,
    observedDwell,
    allowAir: cargo.kind !== 'dangerous' && cargo.unit === 'tonnes',
    includeScenarios,
  };
  const routesAvoiding = (excludedEdges: ReadonlySet<number>) =>
    uniqueById(
      searchPareto({ context, origin, destination, excludedEdges })
        .map((edgePath) => evaluateRoute({ context, origin, edgePath, cargo }))
        .filter((route): route is PlannedRoute => route !== null),
    );
  const optimal = thinBySpread(routesAvoiding(new Set()), freightLimits.maxRoutes);
  const alternatives =
    compiled.nodeIds.length <= searchSettings.exactUpToNodes
      ? corridorAlternatives({
          compiled,
          optimal,
          routesAvoiding,
          limit: freightLimits.maxRoutes - optimal.length,
        })
      : [];
  const byTime = (a: PlannedRoute, b: PlannedRoute) =>
    a.totals.hours - b.totals.hours || a.totals.costUsd - b.totals.costUsd;
  return labelBest([...optimal.sort(byTime), ...alternatives.sort(byTime)]);
}

/**
 * Routes through other border crossings. On a corridor network one route often beats all others on time, cost and
 * emissions together, so the Pareto set alone would hide the choices a forwarder weighs (another exit from China, the
 * Middle Corridor when a crossing is congested or closed). Each round bars the first border crossing of the routes
 * found in the previous round and searches again; what it finds is shown as an alternative, not as optimal.
 */
function corridorAlternatives(options: {
  compiled: CompiledGraph;
  optimal: readonly PlannedRoute[];
  routesAvoiding: (excludedEdges: ReadonlySet<number>) => PlannedRoute[];
  limit: number;
}): PlannedRoute[] {
  const { compiled, optimal, routesAvoiding, limit } = options;
  const edgeIndexOf = new Map(compiled.edges.map((edge, index) => [edge.id, index]));
  const countryOf = (nodeId: string) => compiled.country[compiled.nodeIndex.get(nodeId) ?? -1];
  const firstCrossing = (route: PlannedRoute) => {
    for (const leg of route.legs) {
      for (const [position, edgeId] of leg.edgeIds.entries()) {
        if (countryOf(leg.viaNodeIds[position] ?? '') !== countryOf(leg.viaNodeIds[position + 1] ?? '')) {
          return edgeIndexOf.get(edgeId);
        }
      }
    }
    return undefined;
  };
  const seen = new Set(optimal.map((route) => route.id));
  const excluded = new Set<number>();
  const alternatives: PlannedRoute[] = [];
  let previousRound: readonly PlannedRoute[] = optimal;
  for (let round = 0; round < searchSettings.alternativeRounds && alternatives.length < limit; round++) {
    const before = excluded.size;
    for (const route of previousRound) {
      const crossing = firstCrossing(route);
      if (crossing !== undefined) excluded.add(crossing);
    }
    if (excluded.size === before) break;
    const found = routesAvoiding(excluded).filter((route) => !seen.has(route.id));
    if (found.length === 0) break;
    const kept = thinBySpread(found, Math.min(searchSettings.alternativesPerRound, limit - alternatives.length));
    for (const route of kept) {
      seen.add(route.id);
      alternatives.push({ ...route, paretoOptimal: false });
    }
    previousRound = kept;
  }
  return alternatives;
}

function assertCargo(cargo: CargoSpec) {
  if (!cargoUnits.includes(cargo.unit as CargoUnit)) {
    throw new DomainError('validation_failed', `Unknown cargo unit: ${String(cargo.unit)}`, {
      field: 'unit',
      allowed: cargoUnits,
    });
  }
  if (!cargoKinds.includes(cargo.kind as CargoKind)) {
    throw new DomainError('validation_failed', `Unknown cargo kind: ${String(cargo.kind)}`, {
      field: 'kind',
      allowed: cargoKinds,
    });
  }
  const limit = cargo.unit === 'teu' ? freightLimits.maxTeu : freightLimits.maxTonnes;
  if (!Number.isFinite(cargo.quantity) || cargo.quantity <= 0 || cargo.quantity > limit) {
    throw new DomainError('validation_failed', `The quantity must be more than 0 and at most ${limit} ${cargo.unit}`, {
      field: 'quantity',
      max: limit,
    });
  }
}

const modeCodes: readonly TransportMode[] = ['rail', 'road', 'sea', 'air'];
/** Arriving mode of a state before any link is travelled. */
const noMode = 4;
const gaugeCodes = ['1435', '1520', '1676'] as const;

/** The graph in flat arrays, built once per graph object: the search touches each node and link many times. */
interface CompiledGraph {
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  country: string[];
  isBorderStation: Uint8Array;
  /** Bit i set when the node has gauge `gaugeCodes[i]`. */
  nodeGauges: Uint8Array;
  adjacencyStart: Int32Array;
  adjacencyEdge: Int32Array;
  adjacencyNode: Int32Array;
  edges: readonly NetworkEdge[];
  edgeMode: Uint8Array;
  edgeGauges: Uint8Array;
  edgeRunningHours: Float64Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
}

const compiledGraphs = new WeakMap<NetworkGraph, CompiledGraph>();

function gaugeBits(gauges: readonly string[] | string | null): number {
  const list = typeof gauges === 'string' ? gauges.split('/') : (gauges ?? []);
  let bits = 0;
  for (const gauge of list) {
    const index = gaugeCodes.indexOf(gauge as (typeof gaugeCodes)[number]);
    if (index >= 0) bits |= 1 << index;
  }
  return bits;
}

/** The gauge code (1-based, 0 = none) of a bit set holding exactly one gauge, else 0. */
function singleGauge(bits: number): number {
  if (bits === 1) return 1;
  if (bits === 2) return 2;
  if (bits === 4) return 3;
  return 0;
}

function runningHoursOf(edge: NetworkEdge): number {
  if (edge.transitHours !== null && edge.transitHours > 0) return edge.transitHours;
  return edge.distanceKm / planningParameters.commercialSpeedKmh[edge.mode].value;
}

function compileGraph(graph: NetworkGraph): CompiledGraph {
  const cached = compiledGraphs.get(graph);
  if (cached) return cached;
  const nodeList = [...graph.nodes.values()];
  const nodeIndex = new Map(nodeList.map((node, index) => [node.id, index]));
  const count = nodeList.length;
  const isBorderStation = new Uint8Array(count);
  const nodeGauges = new Uint8Array(count);
  nodeList.forEach((node, index) => {
    isBorderStation[index] = node.kind === 'border' || (node.borderOf?.length ?? 0) > 0 ? 1 : 0;
    nodeGauges[index] = gaugeBits(node.gauges);
  });
  const edges = graph.edges.filter((edge) => nodeIndex.has(edge.fromNodeId) && nodeIndex.has(edge.toNodeId));
  const degree = new Int32Array(count + 1);
  for (const edge of edges) {
    degree[nodeIndex.get(edge.fromNodeId)!]! += 1;
    degree[nodeIndex.get(edge.toNodeId)!]! += 1;
  }
  const adjacencyStart = new Int32Array(count + 1);
  for (let index = 0; index < count; index++) adjacencyStart[index + 1] = adjacencyStart[index]! + degree[index]!;
  const fill = adjacencyStart.slice(0, count);
  const adjacencyEdge = new Int32Array(edges.length * 2);
  const adjacencyNode = new Int32Array(edges.length * 2);
  const edgeMode = new Uint8Array(edges.length);
  const edgeGauges = new Uint8Array(edges.length);
  const edgeRunningHours = new Float64Array(edges.length);
  const edgeFrom = new Int32Array(edges.length);
  const edgeTo = new Int32Array(edges.length);
  edges.forEach((edge, edgeIndex) => {
    const fromIndex = nodeIndex.get(edge.fromNodeId) as number;
    const toIndex = nodeIndex.get(edge.toNodeId) as number;
    const fromSlot = fill[fromIndex]!;
    fill[fromIndex] = fromSlot + 1;
    adjacencyEdge[fromSlot] = edgeIndex;
    adjacencyNode[fromSlot] = toIndex;
    const toSlot = fill[toIndex]!;
    fill[toIndex] = toSlot + 1;
    adjacencyEdge[toSlot] = edgeIndex;
    adjacencyNode[toSlot] = fromIndex;
    const mode = modeCodes.indexOf(edge.mode);
    edgeMode[edgeIndex] = mode;
    edgeGauges[edgeIndex] = gaugeBits(edge.gauge);
    const runningHours = runningHoursOf(edge);
    edgeRunningHours[edgeIndex] = runningHours;
    edgeFrom[edgeIndex] = fromIndex;
    edgeTo[edgeIndex] = toIndex;
  });
  const compiled: CompiledGraph = {
    nodeIds: nodeList.map((node) => node.id),
    nodeIndex,
    country: nodeList.map((node) => node.countryCode),
    isBorderStation,
    nodeGauges,
    adjacencyStart,
    adjacencyEdge,
    adjacencyNode,
    edges,
    edgeMode,
    edgeGauges,
    edgeRunningHours,
    edgeFrom,
    edgeTo,
  };
  compiledGraphs.set(graph, compiled);
  return compiled;
}

interface TraversalContext {
  compiled: CompiledGraph;
  observedDwell: ObservedDwell;
  allowAir: boolean;
  includeScenarios: boolean;
}

/** Whether the search may use a link, and whether using it makes the route a scenario. */
function linkUse(edge: NetworkEdge, context: TraversalContext): 'usable' | 'scenario' | 'excluded' {
  if (edge.mode === 'air' && !context.allowAir) return 'excluded';
  if (edge.status === 'operational') return 'usable';
  if (edge.status === 'indicative' && edge.mode === 'air') return 'usable';
  return context.includeScenarios ? 'scenario' : 'excluded';
}

/** What travelling one link costs, given the mode and gauge the cargo arrives in. Per TEU and per tonne. */
interface Traversal {
  mode: number;
  arrivingGauge: number;
  /** Gauge the cargo runs on along this link (before a change the link itself makes). */
  runningGauge: number;
  runningHours: number;
  /** Border dwell, gauge change, ferry wait and airport handling on this link. */
  dwellHours: number;
  /** Time to move the cargo from the previous mode to this one (0 without a change of mode). */
  transshipmentHours: number;
  costPerTeu: number;
  co2eWtwPerTonne: number;
  co2eTtwPerTonne: number;
  /** The link changes gauge itself (true) or the cargo changes gauge at its start (implicit). */
  gaugeChangeOnLink: boolean;
  gaugeChangeBeforeLink: boolean;
  crossing: PlannedBorderCrossing | null;
}

function sharesCustomsUnion(a: string, b: string): boolean {
  return customsUnions.some((union) => union.countries.includes(a) && union.countries.includes(b));
}

function borderCrossing(options: {
  context: TraversalContext;
  edge: NetworkEdge;
  fromIndex: number;
  toIndex: number;
  gaugeChange: boolean;
}): PlannedBorderCrossing {
  const { context, edge, fromIndex, toIndex, gaugeChange } = options;
  const { compiled, observedDwell } = context;
  const fromCountry = compiled.country[fromIndex]!;
  const toCountry = compiled.country[toIndex]!;
  const station = compiled.isBorderStation[fromIndex]! || !compiled.isBorderStation[toIndex]! ? fromIndex : toIndex;
  const pair = station === fromIndex ? toIndex : fromIndex;
  const nodeId = compiled.nodeIds[station]!;
  const pairNodeId = compiled.isBorderStation[pair]! ? compiled.nodeIds[pair]! : null;
  const observed = [nodeId, pairNodeId]
    .map((id) => (id === null ? undefined : observedDwell.get(id)))
    .find((entry) => entry !== undefined && entry.samples >= freightLimits.dwellSamplesForPlanning);
  let dwellHours: number;
  let dwellBasis: DwellBasis;
  let dwellSource: string | null;
  if (observed) {
    dwellHours = observed.p50Hours;
    dwellBasis = 'observed';
    dwellSource = `median of ${observed.samples} crossings observed on the platform`;
  } else if (edge.dwellHours) {
    dwellHours = (edge.dwellHours.min + edge.dwellHours.max) / 2;
    dwellBasis = 'dataset';
    dwellSource = edge.dwellSource;
  } else {
    const parameter = sharesCustomsUnion(fromCountry, toCountry)
      ? planningParameters.customsUnionDwellHours
      : planningParameters.defaultBorderDwellHours[edge.mode];
    dwellHours = parameter.value;
    dwellBasis = 'default';
    dwellSource = parameter.source;
  }
  return {
    nodeId,
    pairNodeId,
    countries: [fromCountry, toCountry],
    gaugeChange,
    dwellHours,
    dwellBasis,
    dwellSource,
  };
}

function traverse(options: {
  context: TraversalContext;
  previousMode: number;
  previousGauge: number;
  edgeIndex: number;
  fromIndex: number;
  toIndex: number;
}): Traversal {
  const { context, previousMode, previousGauge, edgeIndex, fromIndex, toIndex } = options;
  const { compiled } = context;
  const edge = compiled.edges[edgeIndex]!;
  const mode = compiled.edgeMode[edgeIndex]!;
  const modeName = modeCodes[mode]!;
  let arrivingGauge = 0;
  let runningGauge = 0;
  let gaugeChangeOnLink = false;
  let gaugeChangeBeforeLink = false;
  if (modeName === 'rail') {
    const linkGauges = compiled.edgeGauges[edgeIndex]!;
    const toGauges = compiled.nodeGauges[toIndex]!;
    let departing = previousMode === mode ? previousGauge : 0;
    if (edge.gaugeChange) {
      gaugeChangeOnLink = true;
      if (departing === 0) {
        const fromSingle = singleGauge(compiled.nodeGauges[fromIndex]!);
        if (fromSingle !== 0 && ((linkGauges | toGauges) & (1 << (fromSingle - 1))) !== 0) departing = fromSingle;
      }
      const departingBit = departing === 0 ? 0 : 1 << (departing - 1);
      const towardsNode = toGauges & ~departingBit;
      const towardsAny = (linkGauges | toGauges) & ~departingBit;
      arrivingGauge = lowestGauge(towardsNode !== 0 ? towardsNode : towardsAny);
      runningGauge = departing !== 0 ? departing : lowestGauge(linkGauges);
    } else {
      const linkGauge = singleGauge(linkGauges);
      gaugeChangeBeforeLink = departing !== 0 && linkGauge !== 0 && linkGauge !== departing;
      arrivingGauge = linkGauge !== 0 ? linkGauge : singleGauge(toGauges) || departing;
      runningGauge = linkGauge !== 0 ? linkGauge : departing || singleGauge(toGauges);
    }
  }
  const crossesBorder = compiled.country[fromIndex]! !== compiled.country[toIndex]!;
  const crossing = crossesBorder
    ? borderCrossing({ context, edge, fromIndex, toIndex, gaugeChange: gaugeChangeOnLink })
    : null;
  const gaugeChanges = (gaugeChangeOnLink ? 1 : 0) + (gaugeChangeBeforeLink ? 1 : 0);
  // A crossing's own dwell figure (published or observed) is the whole stop, gauge transfer included.
  const gaugeChangeHoursHere =
    (gaugeChangeOnLink && !(crossing && crossing.dwellBasis !== 'default') ? 1 : 0) + (gaugeChangeBeforeLink ? 1 : 0);
  let dwellHours = gaugeChangeHoursHere * planningParameters.gaugeChangeHours.value;
  if (crossing) dwellHours += crossing.dwellHours;
  else if (edge.dwellHours) dwellHours += (edge.dwellHours.min + edge.dwellHours.max) / 2;
  if (modeName === 'sea' && previousMode !== mode) dwellHours += planningParameters.ferryWaitHours.value;
  if (modeName === 'air' && previousMode !== mode) dwellHours += planningParameters.airportHandlingHours.value;
  const transshipment = previousMode !== noMode && previousMode !== mode;
  const factor = emissionFactors[modeName];
  return {
    mode,
    arrivingGauge,
    runningGauge,
    runningHours: compiled.edgeRunningHours[edgeIndex]!,
    dwellHours,
    transshipmentHours: transshipment ? planningParameters.transshipmentHours.value : 0,
    costPerTeu:
      costParameters.perTeuKm[modeName].value * edge.distanceKm +
      (transshipment ? costParameters.transshipmentPerTeu.value : 0) +
      separateChargesPerTeu({ mode: modeName, gaugeChanges, borderCrossings: crossing ? 1 : 0 }),
    co2eWtwPerTonne: factor.wtwKgPerTonneKm * edge.distanceKm,
    co2eTtwPerTonne: factor.ttwKgPerTonneKm * edge.distanceKm,
    gaugeChangeOnLink,
    gaugeChangeBeforeLink,
    crossing,
  };
}

function lowestGauge(bits: number): number {
  if (bits & 1) return 1;
  if (bits & 2) return 2;
  if (bits & 4) return 3;
  return 0;
}

interface Label {
  hours: number;
  cost: number;
  co2e: number;
  node: number;
  mode: number;
  gauge: number;
  edge: number;
  parent: Label | null;
  dead: boolean;
  queueKey: number;
}

/** Binary min-heap of labels by `queueKey`. */
class LabelQueue {
  private readonly items: Label[] = [];

  get size() {
    return this.items.length;
  }

  push(label: Label) {
    const items = this.items;
    items.push(label);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentLabel = items[parent]!;
      if (parentLabel.queueKey <= label.queueKey) break;
      items[index] = parentLabel;
      index = parent;
    }
    items[index] = label;
  }

  pop(): Label | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      let index = 0;
      const length = items.length;
      for (;;) {
        const left = 2 * index + 1;
        if (left >= length) break;
        const right = left + 1;
        const child = right < length && items[right]!.queueKey < items[left]!.queueKey ? right : left;
        const childLabel = items[child]!;
        if (childLabel.queueKey >= last.queueKey) break;
        items[index] = childLabel;
        index = child;
      }
      items[index] = last;
    }
    return top;
  }
}

/** `a` is at least as good as `b` within a relative margin on every criterion. */
function covers(
  a: { hours: number; cost: number; co2e: number },
  hours: number,
  cost: number,
  co2e: number,
  margin: number,
) {
  return a.hours <= hours * margin && a.cost <= cost * margin && a.co2e <= co2e * margin;
}

function dominates(a: Label, b: Label) {
  return a.hours <= b.hours && a.cost <= b.cost && a.co2e <= b.co2e;
}

interface SearchTuning {
  /** 1 + epsilon. */
  margin: number;
  maxLabelsPerState: number;
}

/** Adds a label to a bag unless one there covers it; removes the labels it dominates. */
function insertIntoBag(bag: Label[], label: Label, tuning: SearchTuning): boolean {
  for (const other of bag) {
    if (covers(other, label.hours, label.cost, label.co2e, tuning.margin)) return false;
  }
  let kept = 0;
  for (const other of bag) {
    if (dominates(label, other)) other.dead = true;
    else bag[kept++] = other;
  }
  bag.length = kept;
  if (bag.length >= tuning.maxLabelsPerState) return false;
  bag.push(label);
  return true;
}

/** Binary min-heap of node indexes by a numeric key, for the bounds' Dijkstra runs; stale entries are skipped. */
class NodeQueue {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  size = 0;

  push(node: number, key: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentKey = this.keys[parent]!;
      if (parentKey <= key) break;
      this.keys[index] = parentKey;
      this.nodes[index] = this.nodes[parent]!;
      index = parent;
    }
    this.keys[index] = key;
    this.nodes[index] = node;
  }

  /** Removes the smallest entry; read `topNode`/`topKey` before calling. */
  pop() {
    const last = --this.size;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.keys[right]! < this.keys[left]! ? right : left;
      if (this.keys[child]! >= key) break;
      this.keys[index] = this.keys[child]!;
      this.nodes[index] = this.nodes[child]!;
      index = child;
    }
    this.keys[index] = key;
    this.nodes[index] = node;
  }

  get topNode() {
    return this.nodes[0]!;
  }

  get topKey() {
    return this.keys[0]!;
  }
}

/**
 * Lower bounds of the hours, cost per TEU and CO2e per tonne still to go from every node to the destination: one
 * backward Dijkstra per criterion over the usable links, each link at the least it can cost (as if the cargo were
 * already in its mode: no transshipment, ferry wait or change of gauge at its start). They make the search
 * goal-directed and let it drop labels that cannot beat a route already found. Infinite where the destination is
 * out of reach.
 */
function remainingBounds(options: {
  context: TraversalContext;
  destination: number;
  usability: readonly ('usable' | 'scenario' | 'excluded')[];
}): { hours: Float64Array; cost: Float64Array; co2e: Float64Array } {
  const { context, destination, usability } = options;
  const { compiled } = context;
  const edgeCount = compiled.edges.length;
  const hoursOf = new Float64Array(edgeCount);
  const costOf = new Float64Array(edgeCount);
  const co2eOf = new Float64Array(edgeCount);
  for (let edgeIndex = 0; edgeIndex < edgeCount; edgeIndex++) {
    if (usability[edgeIndex] === 'excluded') continue;
    const edge = compiled.edges[edgeIndex]!;
    const mode = compiled.edgeMode[edgeIndex]!;
    const modeName = modeCodes[mode]!;
    const fromIndex = compiled.edgeFrom[edgeIndex]!;
    const toIndex = compiled.edgeTo[edgeIndex]!;
    if (compiled.country[fromIndex] !== compiled.country[toIndex] || edge.dwellHours) {
      // Dwell differs by direction only through which station is looked up; the smaller of the two is a bound.
      const forward = traverse({ context, previousMode: mode, previousGauge: 0, edgeIndex, fromIndex, toIndex });
      const backward = traverse({
        context,
        previousMode: mode,
        previousGauge: 0,
        edgeIndex,
        fromIndex: toIndex,
        toIndex: fromIndex,
      });
      hoursOf[edgeIndex] = Math.min(
        forward.runningHours + forward.dwellHours,
        backward.runningHours + backward.dwellHours,
      );
      costOf[edgeIndex] = Math.min(forward.costPerTeu, backward.costPerTeu);
    } else {
      hoursOf[edgeIndex] = compiled.edgeRunningHours[edgeIndex]!;
      costOf[edgeIndex] =
        costParameters.perTeuKm[modeName].value * edge.distanceKm +
        separateChargesPerTeu({ mode: modeName, gaugeChanges: edge.gaugeChange ? 1 : 0, borderCrossings: 0 });
    }
    co2eOf[edgeIndex] = emissionFactors[modeName].wtwKgPerTonneKm * edge.distanceKm;
  }
  const run = (weightOf: Float64Array) => {
    const distance = new Float64Array(compiled.nodeIds.length).fill(Number.POSITIVE_INFINITY);
    const queue = new NodeQueue();
    distance[destination] = 0;
    queue.push(destination, 0);
    while (queue.size > 0) {
      const node = queue.topNode;
      const key = queue.topKey;
      queue.pop();
      if (key > distance[node]!) continue;
      const end = compiled.adjacencyStart[node + 1]!;
      for (let slot = compiled.adjacencyStart[node]!; slot < end; slot++) {
        const edgeIndex = compiled.adjacencyEdge[slot]!;
        if (usability[edgeIndex] === 'excluded') continue;
        const next = compiled.adjacencyNode[slot]!;
        const candidate = key + weightOf[edgeIndex]!;
        if (candidate < distance[next]!) {
          distance[next] = candidate;
          queue.push(next, candidate);
        }
      }
    }
    return distance;
  };
  return { hours: run(hoursOf), cost: run(costOf), co2e: run(co2eOf) };
}

/** The Pareto set of routes as link sequences, each link with the direction it is travelled in. */
function searchPareto(options: {
  context: TraversalContext;
  origin: number;
  destination: number;
  excludedEdges: ReadonlySet<number>;
}): { edgeIndex: number; fromIndex: number; toIndex: number }[][] {
  const { context, origin, destination, excludedEdges } = options;
  const { compiled } = context;
  const usability = compiled.edges.map((edge, index) =>
    excludedEdges.has(index) ? 'excluded' : linkUse(edge, context),
  );
  const { epsilon, maxLabelsPerState } = searchTuning(compiled.nodeIds.length);
  const tuning: SearchTuning = { margin: 1 + epsilon, maxLabelsPerState };
  const bounds = remainingBounds({ context, destination, usability });
  const boundHours = bounds.hours;
  const boundCost = bounds.cost;
  const boundCo2e = bounds.co2e;
  // Nothing usable joins the two nodes: no search needed.
  if (!Number.isFinite(boundHours[origin]!)) return [];
  const bags = new Map<number, Label[]>();
  const arrivals: Label[] = [];
  const queue = new LabelQueue();
  const start: Label = {
    hours: 0,
    cost: 0,
    co2e: 0,
    node: origin,
    mode: noMode,
    gauge: 0,
    edge: -1,
    parent: null,
    dead: false,
    queueKey: 0,
  };
  queue.push(start);
  let settled = 0;
  const beatenByArrival = (hours: number, cost: number, co2e: number) =>
    arrivals.some((arrival) => covers(arrival, hours, cost, co2e, tuning.margin));
  while (queue.size > 0 && settled < searchSettings.maxSettledLabels) {
    const label = queue.pop() as Label;
    if (label.dead) continue;
    settled += 1;
    if (
      beatenByArrival(
        label.hours + boundHours[label.node]!,
        label.cost + boundCost[label.node]!,
        label.co2e + boundCo2e[label.node]!,
      )
    ) {
      continue;
    }
    const end = compiled.adjacencyStart[label.node + 1]!;
    for (let slot = compiled.adjacencyStart[label.node]!; slot < end; slot++) {
      const edgeIndex = compiled.adjacencyEdge[slot]!;
      if (edgeIndex === label.edge || usability[edgeIndex] === 'excluded') continue;
      const next = compiled.adjacencyNode[slot]!;
      const step = traverse({
        context,
        previousMode: label.mode,
        previousGauge: label.gauge,
        edgeIndex,
        fromIndex: label.node,
        toIndex: next,
      });
      const hours = label.hours + step.runningHours + step.dwellHours + step.transshipmentHours;
      const cost = label.cost + step.costPerTeu;
      const co2e = label.co2e + step.co2eWtwPerTonne;
      const remainingHours = boundHours[next]!;
      if (!Number.isFinite(remainingHours)) continue;
      if (beatenByArrival(hours + remainingHours, cost + boundCost[next]!, co2e + boundCo2e[next]!)) {
        continue;
      }
      const candidate: Label = {
        hours,
        cost,
        co2e,
        node: next,
        mode: step.mode,
        gauge: step.arrivingGauge,
        edge: edgeIndex,
        parent: label,
        dead: false,
        queueKey: hours + remainingHours,
      };
      if (next === destination) {
        insertArrival(arrivals, candidate, tuning.margin);
        continue;
      }
      const stateKey = (next * 5 + step.mode) * 4 + step.arrivingGauge;
      let bag = bags.get(stateKey);
      if (!bag) {
        bag = [];
        bags.set(stateKey, bag);
      }
      if (insertIntoBag(bag, candidate, tuning)) queue.push(candidate);
    }
  }
  return arrivals.map((arrival) => {
    const path: { edgeIndex: number; fromIndex: number; toIndex: number }[] = [];
    for (let label: Label | null = arrival; label?.parent; label = label.parent) {
      path.push({ edgeIndex: label.edge, fromIndex: label.parent.node, toIndex: label.node });
    }
    return path.reverse();
  });
}

/** Arrivals at the destination form one Pareto set whatever mode or gauge they arrive in. */
function insertArrival(arrivals: Label[], label: Label, margin: number) {
  for (const other of arrivals) {
    if (covers(other, label.hours, label.cost, label.co2e, margin)) return;
  }
  let kept = 0;
  for (const other of arrivals) {
    if (!dominates(label, other)) arrivals[kept++] = other;
  }
  arrivals.length = kept;
  arrivals.push(label);
}

const documentKindOfRegime: Record<LegalRegime, DocumentKind> = {
  smgs: 'smgs_note',
  cim: 'cim_note',
  cim_smgs: 'cim_smgs_note',
  cmr: 'ecmr',
  tir: 'etir',
  sea: 'sea_waybill',
  air: 'air_waybill',
};

/**
 * The rail regime of a contiguous rail chain from the countries it passes. A chain that touches a country only
 * party to SMGS and one only party to COTIF/CIM travels under the common CIM/SMGS note on every leg. Otherwise SMGS
 * when every country is an SMGS party, CIM when every country is a CIM party. A country party to neither carries
 * under its national law; the chain then takes the note of the area it touches, SMGS if any.
 */
export function railRegimeOf(countries: readonly string[]): LegalRegime {
  const smgs = new Set(smgsParties.countries);
  const cim = new Set(cimParties.countries);
  const touchesSmgsOnly = countries.some((country) => smgs.has(country) && !cim.has(country));
  const touchesCimOnly = countries.some((country) => cim.has(country) && !smgs.has(country));
  if (touchesSmgsOnly && touchesCimOnly) return 'cim_smgs';
  if (countries.every((country) => smgs.has(country))) return 'smgs';
  if (countries.every((country) => cim.has(country))) return 'cim';
  return countries.some((country) => smgs.has(country)) ? 'smgs' : 'cim';
}

interface Step {
  edge: NetworkEdge;
  fromIndex: number;
  toIndex: number;
  traversal: Traversal;
}

function evaluateRoute(options: {
  context: TraversalContext;
  origin: number;
  edgePath: { edgeIndex: number; fromIndex: number; toIndex: number }[];
  cargo: CargoSpec;
}): PlannedRoute | null {
  const { context, origin, edgePath, cargo } = options;
  const { compiled } = context;
  const visited = new Set([origin, ...edgePath.map((step) => step.toIndex)]);
  // A route through the same node twice is never what a forwarder books; the search may rarely produce one.
  if (visited.size !== edgePath.length + 1) return null;

  const teu = cargo.unit === 'teu' ? cargo.quantity : cargo.quantity / tonnesPerTeu.value;
  const tonnes = cargo.unit === 'teu' ? cargo.quantity * tonnesPerTeu.value : cargo.quantity;
  const surcharge =
    1 +
    (cargo.kind === 'reefer'
      ? costParameters.reeferSurchargeShare.value
      : cargo.kind === 'dangerous'
        ? costParameters.dangerousGoodsSurchargeShare.value
        : 0);

  const steps: Step[] = [];
  let previousMode = noMode;
  let previousGauge = 0;
  for (const { edgeIndex, fromIndex, toIndex } of edgePath) {
    const traversal = traverse({ context, previousMode, previousGauge, edgeIndex, fromIndex, toIndex });
    steps.push({ edge: compiled.edges[edgeIndex]!, fromIndex, toIndex, traversal });
    previousMode = traversal.mode;
    previousGauge = traversal.arrivingGauge;
  }

  const groups: Step[][] = [];
  for (const [index, step] of steps.entries()) {
    const previous = steps[index - 1];
    const startsLeg =
      !previous ||
      previous.traversal.mode !== step.traversal.mode ||
      step.traversal.gaugeChangeBeforeLink ||
      (previous.edge.mode === 'rail' && previous.traversal.gaugeChangeOnLink);
    if (startsLeg) groups.push([step]);
    else groups[groups.length - 1]!.push(step);
  }

  const regimesOfGroup = railChainRegimes({ groups, compiled });
  const legs: PlannedLeg[] = [];
  const totals = { costUsd: 0, co2eWtwKg: 0, co2eTtwKg: 0, distanceKm: 0, estimatedKm: 0 };
  let clock = 0;
  for (const [index, group] of groups.entries()) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const mode = first.edge.mode;
    clock += first.traversal.transshipmentHours;
    const viaIndexes = [first.fromIndex, ...group.map((step) => step.toIndex)];
    const distanceKm = sum(group.map((step) => step.edge.distanceKm));
    const estimatedKm = sum(group.filter((step) => step.edge.distanceEstimated).map((step) => step.edge.distanceKm));
    const runningHours = sum(group.map((step) => step.traversal.runningHours));
    const dwellHours = sum(group.map((step) => step.traversal.dwellHours));
    const costUsd = sum(group.map((step) => step.traversal.costPerTeu)) * teu * surcharge;
    const co2eWtwKg = sum(group.map((step) => step.traversal.co2eWtwPerTonne)) * tonnes;
    const co2eTtwKg = sum(group.map((step) => step.traversal.co2eTtwPerTonne)) * tonnes;
    totals.costUsd += costUsd;
    totals.co2eWtwKg += co2eWtwKg;
    totals.co2eTtwKg += co2eTtwKg;
    totals.distanceKm += distanceKm;
    totals.estimatedKm += estimatedKm;
    const regimes = regimesOfGroup[index]!;
    const gaugeCode = mode === 'rail' ? first.traversal.runningGauge : 0;
    legs.push({
      sequence: index + 1,
      mode,
      fromNodeId: compiled.nodeIds[first.fromIndex]!,
      toNodeId: compiled.nodeIds[last.toIndex]!,
      viaNodeIds: viaIndexes.map((node) => compiled.nodeIds[node]!),
      edgeIds: group.map((step) => step.edge.id),
      distanceKm: round(distanceKm, 1),
      estimatedDistanceShare: distanceKm > 0 ? round(estimatedKm / distanceKm, 3) : 0,
      gauge: gaugeCode === 0 ? (mode === 'rail' ? first.edge.gauge : null) : (gaugeCodes[gaugeCode - 1] ?? null),
      regimes,
      documentKinds: regimes.map((regime) => documentKindOfRegime[regime]),
      startOffsetHours: round(clock, 1),
      endOffsetHours: round(clock + runningHours + dwellHours, 1),
      runningHours: round(runningHours, 1),
      dwellHours: round(dwellHours, 1),
      costUsd: round(costUsd, 0),
      co2eWtwKg: round(co2eWtwKg, 1),
      co2eTtwKg: round(co2eTtwKg, 1),
      borderCrossings: group.flatMap((step) => (step.traversal.crossing ? [step.traversal.crossing] : [])),
      scenario: group.some((step) => linkUse(step.edge, context) === 'scenario'),
    });
    clock += runningHours + dwellHours;
  }

  const countries: string[] = [];
  for (const node of visited) {
    const country = compiled.country[node]!;
    if (countries[countries.length - 1] !== country) countries.push(country);
  }
  const edgeIds = steps.map((step) => step.edge.id);
  return {
    id: routeIdOf(compiled.nodeIds[origin]!, edgeIds),
    legs,
    totals: {
      hours: round(clock, 1),
      costUsd: round(totals.costUsd, 0),
      co2eWtwKg: round(totals.co2eWtwKg, 1),
      co2eTtwKg: round(totals.co2eTtwKg, 1),
      distanceKm: round(totals.distanceKm, 1),
    },
    gaugeChanges: sum(
      steps.map((step) => (step.traversal.gaugeChangeOnLink ? 1 : 0) + (step.traversal.gaugeChangeBeforeLink ? 1 : 0)),
    ),
    regimes: [...new Set(legs.flatMap((leg) => leg.regimes))],
    countries,
    borderCrossings: legs.flatMap((leg) => leg.borderCrossings),
    modes: [...new Set(legs.map((leg) => leg.mode))],
    scenario: legs.some((leg) => leg.scenario),
    estimatedDistanceShare: totals.distanceKm > 0 ? round(totals.estimatedKm / totals.distanceKm, 3) : 0,
    paretoOptimal: true,
    fastest: false,
    cheapest: false,
    lowestEmissions: false,
  };
}

/** Regimes per leg; consecutive rail legs form one chain that shares its rail regime. */
function railChainRegimes(options: { groups: Step[][]; compiled: CompiledGraph }): LegalRegime[][] {
  const { groups, compiled } = options;
  const countriesOf = (group: Step[]) => [
    compiled.country[group[0]!.fromIndex]!,
    ...group.map((step) => compiled.country[step.toIndex]!),
  ];
  const regimes: LegalRegime[][] = [];
  let index = 0;
  const modeOf = (group: Step[] | undefined) => group?.[0]?.edge.mode;
  while (index < groups.length) {
    const mode = modeOf(groups[index]);
    if (mode === 'rail') {
      let end = index;
      while (modeOf(groups[end + 1]) === 'rail') end += 1;
      const chainRegime = railRegimeOf(groups.slice(index, end + 1).flatMap(countriesOf));
      for (let leg = index; leg <= end; leg++) regimes.push([chainRegime]);
      index = end + 1;
      continue;
    }
    if (mode === 'road') {
      const crossesBorder = new Set(countriesOf(groups[index]!)).size > 1;
      regimes.push(crossesBorder ? ['cmr', 'tir'] : ['cmr']);
    } else if (mode) {
      regimes.push([mode]);
    }
    index += 1;
  }
  return regimes;
}

/** Stable for the same origin and sequence of links, whatever the figures on them. */
export function routeIdOf(originNodeId: string, edgeIds: readonly string[]): string {
  return createHash('sha256')
    .update(`${originNodeId}|${edgeIds.join(',')}`)
    .digest('hex')
    .slice(0, 16);
}

function uniqueById(routes: PlannedRoute[]): PlannedRoute[] {
  return [...new Map(routes.map((route) => [route.id, route])).values()];
}

/**
 * At most `limit` routes: the best on each criterion first, then repeatedly the route farthest (in criteria scaled
 * to 0–1) from those already kept, so the options shown spread over the trade-off rather than cluster.
 */
export function thinBySpread(routes: PlannedRoute[], limit: number): PlannedRoute[] {
  if (routes.length <= limit) return routes;
  const criteria = [
    (route: PlannedRoute) => route.totals.hours,
    (route: PlannedRoute) => route.totals.costUsd,
    (route: PlannedRoute) => route.totals.co2eWtwKg,
  ];
  const scaled = routes.map(() => [] as number[]);
  const kept = new Set<PlannedRoute>();
  for (const criterion of criteria) {
    const values = routes.map(criterion);
    const low = Math.min(...values);
    const span = Math.max(...values) - low;
    for (const [index, value] of values.entries()) scaled[index]?.push(span > 0 ? (value - low) / span : 0);
    kept.add(routes.reduce((best, route) => (criterion(route) < criterion(best) ? route : best)));
  }
  const pointOf = new Map(routes.map((route, index) => [route, scaled[index] ?? []]));
  const distance = (a: PlannedRoute, b: PlannedRoute) => {
    const pointA = pointOf.get(a) ?? [];
    const pointB = pointOf.get(b) ?? [];
    return Math.hypot(...pointA.map((value, axis) => value - (pointB[axis] ?? 0)));
  };
  while (kept.size < limit) {
    let farthest: PlannedRoute | null = null;
    let farthestDistance = -1;
    for (const route of routes) {
      if (kept.has(route)) continue;
      const nearest = Math.min(...[...kept].map((other) => distance(route, other)));
      if (nearest > farthestDistance) {
        farthestDistance = nearest;
        farthest = route;
      }
    }
    if (!farthest) break;
    kept.add(farthest);
  }
  return routes.filter((route) => kept.has(route));
}

function labelBest(routes: PlannedRoute[]): PlannedRoute[] {
  if (routes.length === 0) return routes;
  const bestBy = (value: (route: PlannedRoute) => number) =>
    routes.reduce((best, route) => (value(route) < value(best) ? route : best));
  const fastest = bestBy((route) => route.totals.hours);
  const cheapest = bestBy((route) => route.totals.costUsd);
  const greenest = bestBy((route) => route.totals.co2eWtwKg);
  return routes.map((route) => ({
    ...route,
    fastest: route === fastest,
    cheapest: route === cheapest,
    lowestEmissions: route === greenest,
  }));
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
