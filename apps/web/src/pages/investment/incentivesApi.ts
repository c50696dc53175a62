import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  incentiveInputSchema,
  PresentedIncentive,
  ProjectIncentives,
} from '../../../../../packages/investment/src/incentives/contracts.ts';
import type {
  ParkDetail,
  PresentedPark,
  parkInputSchema,
} from '../../../../../packages/investment/src/parks/contracts.ts';
import { api, apiRequest, type QueryValue } from '../../api/client.ts';

export type { ParkDetail, PresentedIncentive as Incentive, PresentedPark as Park, ProjectIncentives };

/** The body of POST /investment/incentives; PUT takes the same without `id`. */
export type IncentiveInputBody = z.input<typeof incentiveInputSchema>;
/** The body of POST /investment/parks; PUT takes the same without `id`. */
export type ParkInputBody = z.input<typeof parkInputSchema>;

type Query = Record<string, QueryValue>;

export const incentiveKeys = {
  incentives: (query: Query) => ['investment', 'incentives', 'list', query] as const,
  incentive: (id: string) => ['investment', 'incentives', 'detail', id] as const,
  parks: (query: Query) => ['investment', 'parks', 'list', query] as const,
  park: (id: string) => ['investment', 'parks', 'detail', id] as const,
  project: (id: string) => ['investment', 'projects', 'incentives', id] as const,
};

export const useIncentives = (query: Query) =>
  useQuery({
    queryKey: incentiveKeys.incentives(query),
    queryFn: ({ signal }) =>
      api.get<{ items: PresentedIncentive[]; total: number }>('/investment/incentives', query, signal),
    placeholderData: keepPreviousData,
  });

export const useIncentive = (id: string) =>
  useQuery({
    queryKey: incentiveKeys.incentive(id),
    queryFn: ({ signal }) =>
      api.get<PresentedIncentive>(`/investment/incentives/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useParks = (query: Query) =>
  useQuery({
    queryKey: incentiveKeys.parks(query),
    queryFn: ({ signal }) => api.get<{ items: PresentedPark[]; total: number }>('/investment/parks', query, signal),
    placeholderData: keepPreviousData,
  });

export const usePark = (id: string) =>
  useQuery({
    queryKey: incentiveKeys.park(id),
    queryFn: ({ signal }) => api.get<ParkDetail>(`/investment/parks/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useProjectIncentives = (projectId: string) =>
  useQuery({
    queryKey: incentiveKeys.project(projectId),
    queryFn: ({ signal }) =>
      api.get<ProjectIncentives>(`/investment/projects/${encodeURIComponent(projectId)}/incentives`, undefined, signal),
  });

const incentivePath = (id: string) => `/investment/incentives/${encodeURIComponent(id)}`;
const parkPath = (id: string) => `/investment/parks/${encodeURIComponent(id)}`;

/** Creates an incentive, or replaces the fields of the one with `existingId`. */
export function useSaveIncentive(existingId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...fields }: IncentiveInputBody) =>
      existingId
        ? apiRequest<PresentedIncentive>(incentivePath(existingId), { method: 'PUT', body: fields })
        : apiRequest<PresentedIncentive>('/investment/incentives', { method: 'POST', body: { id, ...fields } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['investment'] }),
  });
}

/** Ends an incentive's validity on `validTo` (today when absent). */
export function useRetireIncentive(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (validTo: string | undefined) =>
      api.post<PresentedIncentive>(`${incentivePath(id)}/retire`, validTo ? { validTo } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['investment'] }),
  });
}

/** Creates a park, or replaces the fields of the one with `existingId`. */
export function useSavePark(existingId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...fields }: ParkInputBody) =>
      existingId
        ? apiRequest<ParkDetail>(parkPath(existingId), { method: 'PUT', body: fields })
        : apiRequest<ParkDetail>('/investment/parks', { method: 'POST', body: { id, ...fields } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['investment'] }),
  });
}
