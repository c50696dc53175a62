import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  PlanNode,
  PlanResponse,
  PresentedPlannedRoute,
} from '../../../../../packages/freight/src/planning/contracts.ts';
import type { CargoKind, CargoUnit } from '../../../../../packages/freight/src/vocabulary.ts';
import { api } from '../../api/client.ts';

export type { PlanNode, PlanResponse, PresentedPlannedRoute };

/** A plan question as the plan page keeps it in its URL. */
export interface PlanQuery {
  from: string;
  to: string;
  unit: CargoUnit;
  quantity: number;
  kind: CargoKind;
  includeScenarios: boolean;
}

/** GET /freight/plans for a complete question; idle while the question is incomplete. */
export const usePlan = (query: PlanQuery | null) =>
  useQuery({
    queryKey: ['freight', 'plan-page', query],
    enabled: query !== null,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api.get<PlanResponse>(
        '/freight/plans',
        query ? { ...query, includeScenarios: query.includeScenarios ? 'true' : 'false' } : undefined,
        signal,
      ),
  });
