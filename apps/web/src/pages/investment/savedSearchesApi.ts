import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type * as agendaLinkContract from '../../../../../packages/investment/src/agenda-links.ts';
import type * as savedSearchContract from '../../../../../packages/investment/src/saved-searches/contracts.ts';
import type { SavedSearchTarget } from '../../../../../packages/investment/src/vocabulary.ts';
import { api, apiRequest } from '../../api/client.ts';

export type SavedSearch = savedSearchContract.SavedSearch;
export type InitiativeImplementations = agendaLinkContract.InitiativeImplementations;

const keys = {
  savedSearches: ['investment', 'saved-searches'] as const,
  implementations: (initiativeId: string) => ['investment', 'implementations', initiativeId] as const,
};

/** Where a saved search opens: the list it was saved from, with its filters. */
export function savedSearchHref(search: Pick<SavedSearch, 'target' | 'filters'>): string {
  const query = new URLSearchParams(search.filters).toString();
  return `/investment/${search.target}${query ? `?${query}` : ''}`;
}

export const useSavedSearches = (enabled = true) =>
  useQuery({
    queryKey: keys.savedSearches,
    queryFn: ({ signal }) =>
      api.get<{ items: SavedSearch[]; total: number }>('/investment/saved-searches', undefined, signal),
    enabled,
  });

function useInvalidateSavedSearches() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: keys.savedSearches });
}

export function useSaveSearch() {
  const invalidate = useInvalidateSavedSearches();
  return useMutation({
    mutationFn: (input: {
      name: string;
      target: SavedSearchTarget;
      filters: Record<string, string>;
      alertsEnabled: boolean;
    }) => api.post<SavedSearch>('/investment/saved-searches', input),
    onSuccess: invalidate,
  });
}

export function useUpdateSavedSearch() {
  const invalidate = useInvalidateSavedSearches();
  return useMutation({
    mutationFn: (input: { id: string; name?: string; alertsEnabled?: boolean }) => {
      const { id, ...patch } = input;
      return api.patch<SavedSearch>(`/investment/saved-searches/${id}`, patch);
    },
    onSuccess: invalidate,
  });
}

export function useDeleteSavedSearch() {
  const invalidate = useInvalidateSavedSearches();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/investment/saved-searches/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export const useInitiativeImplementations = (initiativeId: string) =>
  useQuery({
    queryKey: keys.implementations(initiativeId),
    queryFn: ({ signal }) =>
      api.get<InitiativeImplementations>(
        `/investment/initiatives/${encodeURIComponent(initiativeId)}/implementations`,
        undefined,
        signal,
      ),
  });
