import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DocumentDetail,
  DocumentVerification,
  documentSignInputSchema,
} from '../../../../../packages/freight/src/documents/contracts.ts';
import type { PlannedRoute } from '../../../../../packages/freight/src/planning/route-types.ts';
import type {
  bookingInputSchema,
  ShipmentListItem,
  shipmentResponseSchema,
} from '../../../../../packages/freight/src/shipments/contracts.ts';
import { api, type QueryValue } from '../../api/client.ts';

export type { DocumentDetail, DocumentVerification, PlannedRoute, ShipmentListItem };
export type ShipmentView = z.infer<typeof shipmentResponseSchema>;
/** The body of POST /freight/shipments. */
export type BookingBody = z.input<typeof bookingInputSchema>;
export type SignBody = z.input<typeof documentSignInputSchema>;
export interface CarrierAccount {
  id: string;
  name: string;
}

/** The planner's question, as the plan page puts it in the URL and the booking sends it back. */
export interface PlanQuestion {
  from: string;
  to: string;
  unit: 'teu' | 'tonnes';
  quantity: number;
  kind: 'general' | 'reefer' | 'dangerous';
  includeScenarios: boolean;
}

export const shipmentKeys = {
  all: ['freight', 'shipments'] as const,
  list: (query: Record<string, QueryValue>) => ['freight', 'shipments', 'list', query] as const,
  one: (id: string) => ['freight', 'shipments', 'one', id] as const,
  carriers: ['freight', 'carriers'] as const,
  plan: (question: PlanQuestion | null) => ['freight', 'plan', question] as const,
  document: (id: string) => ['freight', 'documents', id] as const,
  verification: (id: string) => ['freight', 'documents', id, 'verification'] as const,
};

export const useShipments = (query: Record<string, QueryValue>) =>
  useQuery({
    queryKey: shipmentKeys.list(query),
    queryFn: ({ signal }) => api.get<{ items: ShipmentListItem[] }>('/freight/shipments', query, signal),
    placeholderData: keepPreviousData,
  });

export const useShipment = (id: string) =>
  useQuery({
    queryKey: shipmentKeys.one(id),
    queryFn: ({ signal }) => api.get<ShipmentView>(`/freight/shipments/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useCarrierAccounts = () =>
  useQuery({
    queryKey: shipmentKeys.carriers,
    queryFn: ({ signal }) => api.get<{ items: CarrierAccount[] }>('/freight/carriers', undefined, signal),
    select: (data) => data.items,
  });

/** The routes planned now for the question (the booking picks one by id), from the planner's GET /freight/plans. */
export const usePlannedRoutes = (question: PlanQuestion | null) =>
  useQuery({
    queryKey: shipmentKeys.plan(question),
    enabled: question !== null,
    queryFn: ({ signal }) =>
      api.get<{ routes: PlannedRoute[] }>(
        '/freight/plans',
        question ? { ...question, includeScenarios: question.includeScenarios ? 'true' : 'false' } : undefined,
        signal,
      ),
    select: (data) => data.routes,
  });

export function useBookShipment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BookingBody) => api.post<ShipmentView>('/freight/shipments', body),
    onSuccess: () => client.invalidateQueries({ queryKey: shipmentKeys.all }),
  });
}

export const useDocument = (id: string) =>
  useQuery({
    queryKey: shipmentKeys.document(id),
    queryFn: ({ signal }) => api.get<DocumentDetail>(`/freight/documents/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useDocumentVerification = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: shipmentKeys.verification(id),
    enabled,
    queryFn: ({ signal }) =>
      api.get<DocumentVerification>(`/freight/documents/${encodeURIComponent(id)}/verification`, undefined, signal),
  });

function useDocumentMutation<Body>(request: (body: Body) => Promise<DocumentDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (document) => {
      client.setQueryData(shipmentKeys.document(document.id), document);
      void client.invalidateQueries({ queryKey: ['freight', 'documents'] });
      void client.invalidateQueries({ queryKey: shipmentKeys.all });
    },
  });
}

export const useEditDocument = (id: string) =>
  useDocumentMutation((fields: Record<string, unknown>) =>
    api.patch<DocumentDetail>(`/freight/documents/${encodeURIComponent(id)}`, { fields }),
  );

export const useSignDocument = (id: string) =>
  useDocumentMutation((body: SignBody) =>
    api.post<DocumentDetail>(`/freight/documents/${encodeURIComponent(id)}/sign`, body),
  );

export const useSupersedeDocument = (id: string) =>
  useDocumentMutation(() => api.post<DocumentDetail>(`/freight/documents/${encodeURIComponent(id)}/supersede`));

/** Where the signed payload and signatures download, for offline verification. */
export const signedJsonUrl = (id: string) => `/api/v1/freight/documents/${encodeURIComponent(id)}/signed.json`;
