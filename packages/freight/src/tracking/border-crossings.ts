/** What the crossing rules need to know about a node. */
export interface CrossingNode {
  id: string;
  kind: string;
  countryCode: string;
}

/** What the crossing rules need to know about a link. */
export interface CrossingLink {
  fromNodeId: string;
  toNodeId: string;
  mode: string;
  gaugeChange: boolean;
  dwellHoursMin: number | null;
  dwellHoursMax: number | null;
  dwellSource: string | null;
}

/** A border crossing: one border station, or a pair of stations facing each other (Alashankou–Dostyk). */
export interface BorderCrossing {
  /** Stable key: the station ids sorted and joined with `~`, independent of the direction of travel. */
  key: string;
  nodeIds: string[];
  /** The dwell the dataset publishes for the crossing, as a range in hours, with its source. */
  publishedDwell: { minHours: number; maxHours: number; source: string | null } | null;
}

/**
 * The border crossings of the network. A pair is a land link from a border station across a country line to another
 * border station, or a land link from a border station that changes gauge (Brest–Małaszewicze, Taftan–Zahedan):
 * those are the places where the formalities and the transfer of one crossing happen. A border station without such
 * a link is a crossing on its own (road passes such as Torugart, whose far side is not in the network).
 */
export function findBorderCrossings(options: {
  nodes: readonly CrossingNode[];
  links: readonly CrossingLink[];
}): BorderCrossing[] {
  const nodes = new Map(options.nodes.map((node) => [node.id, node]));
  const crossings = new Map<string, BorderCrossing>();
  const paired = new Set<string>();
  for (const link of options.links) {
    if (link.mode !== 'rail' && link.mode !== 'road') continue;
    const from = nodes.get(link.fromNodeId);
    const to = nodes.get(link.toNodeId);
    if (!from || !to || (from.kind !== 'border' && to.kind !== 'border')) continue;
    const bothBorder = from.kind === 'border' && to.kind === 'border';
    const acrossCountries = from.countryCode !== to.countryCode;
    if (!((bothBorder && acrossCountries) || link.gaugeChange)) continue;
    const nodeIds = [from.id, to.id].sort();
    const key = nodeIds.join('~');
    const publishedDwell =
      link.dwellHoursMin !== null
        ? {
            minHours: link.dwellHoursMin,
            maxHours: link.dwellHoursMax ?? link.dwellHoursMin,
            source: link.dwellSource,
          }
        : null;
    const existing = crossings.get(key);
    if (!existing || (!existing.publishedDwell && publishedDwell)) crossings.set(key, { key, nodeIds, publishedDwell });
    paired.add(from.id);
    paired.add(to.id);
  }
  for (const node of options.nodes) {
    if (node.kind === 'border' && !paired.has(node.id)) {
      crossings.set(node.id, { key: node.id, nodeIds: [node.id], publishedDwell: null });
    }
  }
  return [...crossings.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Each station's crossing (a station in two pairs keeps the first by key, so every station has one crossing). */
export function crossingByNode(crossings: readonly BorderCrossing[]): Map<string, BorderCrossing> {
  const byNode = new Map<string, BorderCrossing>();
  for (const crossing of crossings) {
    for (const nodeId of crossing.nodeIds) if (!byNode.has(nodeId)) byNode.set(nodeId, crossing);
  }
  return byNode;
}
