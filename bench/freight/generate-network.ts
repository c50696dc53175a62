import type { NetworkEdge, NetworkNode } from '../../packages/freight/src/network/network-graph.ts';
import { createRandom } from '../support/prng.ts';

export const generatedNetworkSeed = 20_261_127;

export interface GeneratedNetworkShape {
  /** Nodes per row and per column of the grid; nodes = columns × rows. */
  columns: number;
  rows: number;
}

const earthRadiusKm = 6371;

function greatCircleKm(a: NetworkNode, b: NetworkNode): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * toRadians;
  const dLon = (b.longitude - a.longitude) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * toRadians) * Math.cos(b.latitude * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A synthetic corridor network with the structure of the real one, from a fixed seed: a jittered grid of rail
 * stations over the SCO region's extent (20–130° E, 25–60° N) with a few links missing, three gauge regions like
 * Europe (1435), the former Soviet area (1520) and China (1435) plus a 1676 mm pocket in the south, break-of-gauge
 * links where the regions meet, countries as blocks of about 25 × 25 stations whose meeting links are border
 * crossings (some with a published dwell range), road links on some grid edges and diagonals, an inland sea that
 * cuts the east–west links over a quarter of the rows (like the Caspian) with ferries between its shores, coastal
 * ferries along the southern edge, and a handful of indicative air links between hubs. Distances are great
 * circle × a detour factor, as in the shipped dataset.
 */
export function generateNetwork(shape: GeneratedNetworkShape): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const random = createRandom(generatedNetworkSeed);
  const { columns, rows } = shape;
  const countryBlock = 25;
  const countriesAcross = Math.ceil(columns / countryBlock);
  const nodes: NetworkNode[] = [];
  const gaugeAt = (column: number, row: number) => {
    const x = column / columns;
    const y = row / rows;
    if (y < 0.15 && x > 0.3 && x < 0.6) return '1676';
    if (x < 0.2 || x > 0.7) return '1435';
    return '1520';
  };
  const countryAt = (column: number, row: number) =>
    `X${Math.floor(row / countryBlock) * countriesAcross + Math.floor(column / countryBlock)}`;
  const seaWestShore = Math.floor(columns * 0.45);
  const seaRows = { from: Math.floor(rows * 0.38), to: Math.floor(rows * 0.62) };
  /** Rows where the inland sea lies between the west shore column and the next one. */
  const acrossSea = (row: number) => row >= seaRows.from && row <= seaRows.to;
  const isPort = (column: number, row: number) =>
    (row === 0 && column % 10 === 0) ||
    ((column === seaWestShore || column === seaWestShore + 1) && acrossSea(row) && row % 3 === 0);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const onBorder =
        column % countryBlock === 0 ||
        column % countryBlock === countryBlock - 1 ||
        row % countryBlock === 0 ||
        row % countryBlock === countryBlock - 1;
      const port = isPort(column, row);
      nodes.push({
        id: `g${row}_${column}`,
        name: { zh: `节点${row}-${column}`, ru: `Узел ${row}-${column}`, en: `Node ${row}-${column}` },
        countryCode: countryAt(column, row),
        latitude: 25 + (35 * (row + random.next() * 0.6 - 0.3)) / rows,
        longitude: 20 + (110 * (column + random.next() * 0.6 - 0.3)) / columns,
        kind: port ? 'port' : onBorder ? 'border' : 'city',
        gauges: [gaugeAt(column, row)],
        borderOf: null,
      });
    }
  }
  const nodeAt = (column: number, row: number) => nodes[row * columns + column] as NetworkNode;
  const edges: NetworkEdge[] = [];
  const addEdge = (from: NetworkNode, to: NetworkNode, mode: NetworkEdge['mode'], detour: number) => {
    const gaugeFrom = from.gauges[0] ?? null;
    const gaugeTo = to.gauges[0] ?? null;
    const gaugeChange = mode === 'rail' && gaugeFrom !== gaugeTo;
    const crossesBorder = from.countryCode !== to.countryCode;
    const publishedDwell = crossesBorder && random.chance(0.2);
    const dwellLow = random.int(2, 48);
    edges.push({
      id: `e${edges.length}`,
      fromNodeId: from.id,
      toNodeId: to.id,
      mode,
      distanceKm: Math.round(greatCircleKm(from, to) * detour),
      distanceEstimated: random.chance(0.9),
      transitHours: null,
      gauge: mode !== 'rail' ? null : gaugeChange ? `${gaugeFrom}/${gaugeTo}` : gaugeFrom,
      gaugeChange,
      status: mode === 'air' ? 'indicative' : random.chance(0.01) ? 'planned' : 'operational',
      dwellHours: publishedDwell ? { min: dwellLow, max: dwellLow + random.int(0, 24) } : null,
      dwellSource: publishedDwell ? 'generated' : null,
    });
  };
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const here = nodeAt(column, row);
      const eastBlocked = column === seaWestShore && acrossSea(row);
      if (column + 1 < columns && !eastBlocked && random.chance(0.88)) {
        addEdge(here, nodeAt(column + 1, row), 'rail', 1.15 + random.next() * 0.25);
      }
      if (row + 1 < rows && random.chance(0.88)) {
        addEdge(here, nodeAt(column, row + 1), 'rail', 1.15 + random.next() * 0.25);
      }
      if (column + 1 < columns && row + 1 < rows && !eastBlocked && !acrossSea(row + 1) && random.chance(0.15)) {
        addEdge(here, nodeAt(column + 1, row + 1), 'road', 1.1 + random.next() * 0.2);
      }
      if (column + 1 < columns && !eastBlocked && random.chance(0.1)) {
        addEdge(here, nodeAt(column + 1, row), 'road', 1.2);
      }
      if (column === seaWestShore && acrossSea(row) && isPort(column, row)) {
        for (const offset of [-6, 0, 6]) {
          const across = row + offset;
          if (acrossSea(across) && isPort(column + 1, across) && random.chance(0.7)) {
            addEdge(here, nodeAt(column + 1, across), 'sea', 1.15);
          }
        }
      }
      if (row === 0 && isPort(column, row) && column + 10 < columns) {
        addEdge(here, nodeAt(column + 10, row), 'sea', 1.15);
      }
    }
  }
  const hubs = Array.from({ length: 40 }, () => random.pick(nodes));
  for (let index = 0; index + 1 < hubs.length; index += 2) {
    const from = hubs[index] as NetworkNode;
    const to = hubs[index + 1] as NetworkNode;
    if (from !== to) addEdge(from, to, 'air', 1.05);
  }
  return { nodes, edges };
}
