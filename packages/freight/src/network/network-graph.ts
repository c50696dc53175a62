import type { TrilingualName } from '../tables.ts';
import type { LinkStatus, NodeKind, TransportMode } from '../vocabulary.ts';

/** A node as the planner sees it. */
export interface NetworkNode {
  id: string;
  name: TrilingualName;
  countryCode: string;
  latitude: number;
  longitude: number;
  kind: NodeKind;
  /** Gauges the node's tracks have (two at a break-of-gauge station); empty without rail. */
  gauges: string[];
  borderOf: string[] | null;
}

/** A link as the planner sees it; it is travelled in both directions. */
export interface NetworkEdge {
  id: string;
  fromNodeId: string;
  toNodeId: string;
  mode: TransportMode;
  distanceKm: number;
  distanceEstimated: boolean;
  transitHours: number | null;
  gauge: string | null;
  gaugeChange: boolean;
  status: LinkStatus;
  dwellHours: { min: number; max: number } | null;
  dwellSource: string | null;
}

export interface Adjacent {
  edge: NetworkEdge;
  /** The node at the other end of the edge. */
  nodeId: string;
}

export interface NetworkGraph {
  nodes: ReadonlyMap<string, NetworkNode>;
  edges: readonly NetworkEdge[];
  adjacency: ReadonlyMap<string, readonly Adjacent[]>;
}

/** Indexes nodes and edges for search; each edge is reachable from both of its ends. */
export function buildNetworkGraph(options: {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
}): NetworkGraph {
  const nodes = new Map(options.nodes.map((node) => [node.id, node]));
  const adjacency = new Map<string, Adjacent[]>();
  for (const node of options.nodes) adjacency.set(node.id, []);
  for (const edge of options.edges) {
    adjacency.get(edge.fromNodeId)?.push({ edge, nodeId: edge.toNodeId });
    adjacency.get(edge.toNodeId)?.push({ edge, nodeId: edge.fromNodeId });
  }
  return { nodes, edges: options.edges, adjacency };
}
