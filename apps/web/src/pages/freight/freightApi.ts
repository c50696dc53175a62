import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  LinkDetail,
  linkCreateSchema,
  linkUpdateSchema,
  NetworkMap,
  NodeDetail,
  nodeUpdateSchema,
  PresentedLink,
  PresentedNode,
  PresentedNodeSummary,
  PresentedRevision,
  PresentedService,
} from '../../../../../packages/freight/src/network/contracts.ts';
import { api, type QueryValue } from '../../api/client.ts';

export type {
  LinkDetail,
  NetworkMap,
  NodeDetail,
  PresentedLink as FreightLink,
  PresentedNode as FreightNode,
  PresentedNodeSummary as FreightNodeSummary,
  PresentedRevision as NetworkRevision,
  PresentedService as CorridorService,
};

/** The body of PATCH /freight/nodes/:id. */
export type NodeUpdateBody = z.input<typeof nodeUpdateSchema>;
/** The body of PATCH /freight/links/:id. */
export type LinkUpdateBody = z.input<typeof linkUpdateSchema>;
/** The body of POST /freight/links. */
export type LinkCreateBody = z.input<typeof linkCreateSchema>;

type Query = Record<string, QueryValue>;

export const networkKeys = {
  all: ['freight', 'network'] as const,
  nodes: (query: Query) => ['freight', 'network', 'nodes', query] as const,
  node: (id: string) => ['freight', 'network', 'node', id] as const,
  links: (query: Query) => ['freight', 'network', 'links', query] as const,
  link: (id: string) => ['freight', 'network', 'link', id] as const,
  services: ['freight', 'network', 'services'] as const,
  map: ['freight', 'network', 'map'] as const,
};

/** The network changes only when staff edit it; a few minutes of reuse spares pickers a request per page. */
const networkStaleMs = 5 * 60_000;

/** Every node with its names, kind, country and position: for pickers and for naming nodes anywhere. */
export const useNodes = () =>
  useQuery({
    queryKey: networkKeys.nodes({}),
    queryFn: ({ signal }) => api.get<{ items: PresentedNode[]; total: number }>('/freight/nodes', undefined, signal),
    staleTime: networkStaleMs,
    select: (data) => data.items,
  });

export const useNodeList = (query: Query) =>
  useQuery({
    queryKey: networkKeys.nodes(query),
    queryFn: ({ signal }) => api.get<{ items: PresentedNode[]; total: number }>('/freight/nodes', query, signal),
    placeholderData: keepPreviousData,
    staleTime: networkStaleMs,
  });

/**
 * While editing, the record is fetched afresh when the form opens and then stays as it was (no refetch on focus),
 * so the version sent with the edit is the one the editor saw; a newer one is loaded only when the editor asks.
 */
const editingOptions = (editing: boolean) =>
  editing
    ? {
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnMount: 'always' as const,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      }
    : {};

export const useNode = (id: string, options: { editing?: boolean } = {}) =>
  useQuery({
    queryKey: networkKeys.node(id),
    queryFn: ({ signal }) => api.get<NodeDetail>(`/freight/nodes/${encodeURIComponent(id)}`, undefined, signal),
    ...editingOptions(options.editing ?? false),
  });

export const useLinks = (query: Query) =>
  useQuery({
    queryKey: networkKeys.links(query),
    queryFn: ({ signal }) => api.get<{ items: PresentedLink[]; total: number }>('/freight/links', query, signal),
    placeholderData: keepPreviousData,
    staleTime: networkStaleMs,
  });

export const useLink = (id: string, options: { editing?: boolean } = {}) =>
  useQuery({
    queryKey: networkKeys.link(id),
    queryFn: ({ signal }) => api.get<LinkDetail>(`/freight/links/${encodeURIComponent(id)}`, undefined, signal),
    ...editingOptions(options.editing ?? false),
  });

export const useServices = () =>
  useQuery({
    queryKey: networkKeys.services,
    queryFn: ({ signal }) =>
      api.get<{ items: PresentedService[]; total: number }>('/freight/services', undefined, signal),
    staleTime: networkStaleMs,
  });

/** Nodes and links in compact form, for maps. */
export const useNetworkMap = () =>
  useQuery({
    queryKey: networkKeys.map,
    queryFn: ({ signal }) => api.get<NetworkMap>('/freight/network', undefined, signal),
    staleTime: networkStaleMs,
  });

export function useUpdateNode(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NodeUpdateBody) => api.patch<NodeDetail>(`/freight/nodes/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useUpdateLink(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkUpdateBody) => api.patch<LinkDetail>(`/freight/links/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useCreateLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkCreateBody) => api.post<LinkDetail>('/freight/links', body),
    onSuccess: () => client.invalidateQueries({ queryKey: networkKeys.all }),
  });
}
