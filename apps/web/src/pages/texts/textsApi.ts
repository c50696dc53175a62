/**
 * Types and queries of reviewing ingested texts, comparing texts and the entity dictionary. Types are inferred from
 * the contracts' zod schemas; only types are imported, so nothing of zod reaches the browser bundle.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as compare from '../../../../../packages/agenda/src/compare/compare-contracts.ts';
import type * as review from '../../../../../packages/agenda/src/review/review-contracts.ts';
import { api, apiRequest, type QueryValue } from '../../api/client.ts';
import type { InitiativeDetail, MeetingDetail } from '../../api/types.ts';

export type DraftStatus = review.DraftDetail['status'];
export type DraftMode = review.DraftDetail['mode'];
export type TextKind = review.DraftDetail['kind'];
export type SourceProvenance = review.DraftDetail['provenance'];
export type DraftSummary = z.infer<typeof review.draftSummarySchema>;
export type DraftDetail = review.DraftDetail;
export type DraftStatement = DraftDetail['statements'][number];
export type DraftCorrection = review.DraftCorrection;
export type DraftInput = z.input<typeof review.draftInputSchema>;
export type DraftCreated = z.infer<typeof review.draftCreatedSchema>;
export type EntityResolution = z.infer<typeof review.entityResolutionSchema>;
export type AlignmentReport = z.infer<typeof review.alignmentReportSchema>;
export type EntityKind = z.infer<typeof review.entityKindSchema>;
export type EntityAlias = z.infer<typeof review.entityAliasSchema>;
export type EntityAliasInput = z.input<typeof review.entityAliasInputSchema>;
export type EntityMergeInput = z.input<typeof review.entityMergeInputSchema>;
export type EntityMergeResult = z.infer<typeof review.entityMergeResultSchema>;
export type Comparison = compare.Comparison;
export type ComparedItem = z.infer<typeof compare.comparedItemSchema>;
export type ChangeKind = ComparedItem['change'];

// The same codes as the contracts; listed here so the bundle does not import zod.
export const draftStatuses = ['pending', 'published', 'rejected'] as const satisfies readonly DraftStatus[];
export const textKinds = ['communique', 'declaration', 'statement'] as const satisfies readonly TextKind[];
export const changeKinds = [
  'new',
  'upgraded',
  'downgraded',
  'dropped',
  'unchanged',
] as const satisfies readonly ChangeKind[];

/** One statement naming an initiative, in any stored text, oldest first (GET /initiatives/:id `mentions`). */
export type InitiativeMention = InitiativeDetail['mentions'][number];
/** A further language version of a meeting's text, aligned to the primary text (GET /meetings/:id `versions`). */
export type MeetingVersion = MeetingDetail['versions'][number];

type Query = Record<string, QueryValue>;

export const textKeys = {
  drafts: (query: Query) => ['drafts', query] as const,
  draft: (id: string) => ['draft', id] as const,
  aliases: (query: Query) => ['aliases', query] as const,
  comparison: (from: string, to: string) => ['comparison', from, to] as const,
};

const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export const useDrafts = (query: Query) =>
  useQuery({
    queryKey: textKeys.drafts(query),
    queryFn: ({ signal }) => api.get<{ items: DraftSummary[]; total: number }>('/drafts', query, signal),
    placeholderData: keepPreviousData,
  });

export const useDraft = (id: string) =>
  useQuery({
    queryKey: textKeys.draft(id),
    queryFn: ({ signal }) => api.get<DraftDetail>(draftPath(id), undefined, signal),
  });

export function useCreateDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DraftInput) => api.post<DraftCreated>('/drafts', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['drafts'] }),
  });
}

export function useCorrectDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (corrections: DraftCorrection[]) =>
      api.post<DraftDetail>(`${draftPath(id)}/corrections`, { corrections }),
    onSuccess: (detail) => {
      client.setQueryData(textKeys.draft(id), detail);
      void client.invalidateQueries({ queryKey: ['drafts'] });
    },
  });
}

/** Publishing or rejecting: the draft leaves the queue; publishing changes what every public page shows. */
export function useDecideDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, note }: { action: 'publish' | 'reject'; note?: string }) =>
      api.post<{ meetingId?: string; outcome?: string }>(`${draftPath(id)}/${action}`, note ? { note } : {}),
    onSuccess: (_result, { action }) => {
      void client.invalidateQueries({ queryKey: ['drafts'] });
      void client.invalidateQueries({ queryKey: textKeys.draft(id) });
      if (action === 'publish') {
        for (const key of ['overview', 'meetings', 'meeting', 'statements', 'documents', 'initiatives', 'initiative'])
          void client.invalidateQueries({ queryKey: [key] });
        void client.invalidateQueries({ queryKey: ['comparison'] });
      }
    },
  });
}

export const useAliases = (query: Query) =>
  useQuery({
    queryKey: textKeys.aliases(query),
    queryFn: ({ signal }) => api.get<{ items: EntityAlias[]; total: number }>('/entities/aliases', query, signal),
    placeholderData: keepPreviousData,
  });

export function useAddAlias() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EntityAliasInput) => api.post<EntityAlias>('/entities/aliases', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['aliases'] }),
  });
}

export function useDeleteAlias() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, aliasKey }: { kind: EntityKind; aliasKey: string }) =>
      apiRequest<void>(`/entities/aliases/${kind}/${encodeURIComponent(aliasKey)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['aliases'] }),
  });
}

export function useMergeEntities() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EntityMergeInput) => api.post<EntityMergeResult>('/entities/merge', input),
    onSuccess: () => {
      for (const key of ['aliases', 'documents', 'document', 'initiatives', 'initiative', 'statements', 'meeting'])
        void client.invalidateQueries({ queryKey: [key] });
      void client.invalidateQueries({ queryKey: ['comparison'] });
    },
  });
}

export const useComparison = (from: string, to: string) =>
  useQuery({
    queryKey: textKeys.comparison(from, to),
    queryFn: ({ signal }) => api.get<Comparison>('/compare', { from, to }, signal),
    enabled: Boolean(from && to && from !== to),
    placeholderData: keepPreviousData,
  });
