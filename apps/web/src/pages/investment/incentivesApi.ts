import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  PresentedIncentive,
  ProjectIncentives,
} from '../../../../../packages/investment/src/incentives/contracts.ts';
import type { ParkDetail, PresentedPark } from '../../../../../packages/investment/src/parks/contracts.ts';
import { api, type QueryValue } from '../../api/client.ts';

export type { ParkDetail, PresentedIncentive as Incentive, PresentedPark as Park, ProjectIncentives };

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
