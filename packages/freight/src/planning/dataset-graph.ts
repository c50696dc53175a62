import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildNetworkGraph, type NetworkGraph } from '../network/network-graph.ts';
import { gaugesOf } from '../network/network-reads.ts';
import { datasetToRows, type NetworkDataset, networkDatasetSchema } from '../seed/network-dataset.ts';
import type { LinkStatus, NodeKind, TransportMode } from '../vocabulary.ts';

const datasetPath = fileURLToPath(new URL('../../seed/freight-network.json', import.meta.url));

/** Stable link id for the shipped dataset outside the database, where links get generated ids. */
export const datasetEdgeId = (fromNodeId: string, toNodeId: string, mode: string) =>
  `${fromNodeId}~${toNodeId}~${mode}`;

/**
 * The shipped starter network as the planner sees it, read straight from the dataset file: for the planner's
 * calibration test and the routing benchmark, which run without a database.
 */
export function datasetNetworkGraph(): NetworkGraph {
  const rows = datasetToRows(networkDatasetSchema.parse(JSON.parse(readFileSync(datasetPath, 'utf8'))));
  return buildNetworkGraph({
    nodes: rows.nodes.map((node) => ({
      id: node.id,
      name: node.name,
      countryCode: node.countryCode,
      latitude: node.latitude,
      longitude: node.longitude,
      kind: node.kind as NodeKind,
      gauges: gaugesOf(node.gauge),
      borderOf: node.borderOf,
    })),
    edges: rows.edges.map((edge) => ({
      id: datasetEdgeId(edge.fromNodeId, edge.toNodeId, edge.mode),
      fromNodeId: edge.fromNodeId,
      toNodeId: edge.toNodeId,
      mode: edge.mode as TransportMode,
      distanceKm: edge.distanceKm,
      distanceEstimated: edge.distanceEstimated,
      transitHours: edge.transitHours,
      gauge: edge.gauge,
      gaugeChange: edge.gaugeChange,
      status: edge.status as LinkStatus,
      dwellHours:
        edge.dwellHoursMin === null || edge.dwellHoursMax === null
          ? null
          : { min: edge.dwellHoursMin, max: edge.dwellHoursMax },
      dwellSource: edge.dwellSource,
    })),
  });
}

/** The dataset's published corridor services (via nodes, distance, transit days), as the dataset gives them. */
export function datasetServices(): NetworkDataset['services'] {
  return networkDatasetSchema.parse(JSON.parse(readFileSync(datasetPath, 'utf8'))).services;
}
