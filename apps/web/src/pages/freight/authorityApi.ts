import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AuthorityAccessList,
  AuthorityLink,
  CreatedAuthorityLink,
  createAuthorityLinkInputSchema,
  InspectedDocument,
  Inspection,
} from '../../../../../packages/freight/src/authority/contracts.ts';
import type {
  DocumentVerification,
  publicKeySchema,
  signatureVerifyResultSchema,
  signedDocumentBundleSchema,
} from '../../../../../packages/freight/src/documents/contracts.ts';
import { api } from '../../api/client.ts';

export type { AuthorityLink, CreatedAuthorityLink, DocumentVerification, InspectedDocument, Inspection };
export type CreateAuthorityLinkBody = z.input<typeof createAuthorityLinkInputSchema>;
export type SignedDocumentBundle = z.infer<typeof signedDocumentBundleSchema>;
export type SignatureVerifyResult = z.infer<typeof signatureVerifyResultSchema>;
export type PublishedKey = z.infer<typeof publicKeySchema>;

const shipmentPath = (shipmentId: string) => `/freight/shipments/${encodeURIComponent(shipmentId)}`;
const inspectPath = (token: string) => `/freight/inspect/${encodeURIComponent(token)}`;

export const authorityKeys = {
  links: (shipmentId: string) => ['freight', 'authority', 'links', shipmentId] as const,
  accesses: (shipmentId: string) => ['freight', 'authority', 'accesses', shipmentId] as const,
  inspection: (token: string) => ['freight', 'inspect', token] as const,
  document: (token: string, documentId: string) => ['freight', 'inspect', token, documentId] as const,
};

export const useAuthorityLinks = (shipmentId: string) =>
  useQuery({
    queryKey: authorityKeys.links(shipmentId),
    queryFn: ({ signal }) =>
      api.get<{ items: AuthorityLink[] }>(`${shipmentPath(shipmentId)}/authority-links`, undefined, signal),
    select: (data) => data.items,
  });

export const useAuthorityAccesses = (shipmentId: string, page: { limit: number; offset: number }) =>
  useQuery({
    queryKey: [...authorityKeys.accesses(shipmentId), page],
    queryFn: ({ signal }) =>
      api.get<AuthorityAccessList>(`${shipmentPath(shipmentId)}/authority-accesses`, page, signal),
  });

function useInvalidateAuthority(shipmentId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: authorityKeys.links(shipmentId) }),
      client.invalidateQueries({ queryKey: authorityKeys.accesses(shipmentId) }),
    ]);
}

export function useCreateAuthorityLink(shipmentId: string) {
  const invalidate = useInvalidateAuthority(shipmentId);
  return useMutation({
    mutationFn: (body: CreateAuthorityLinkBody) =>
      api.post<CreatedAuthorityLink>(`${shipmentPath(shipmentId)}/authority-links`, body),
    onSuccess: invalidate,
  });
}

export function useRevokeAuthorityLink(shipmentId: string) {
  const invalidate = useInvalidateAuthority(shipmentId);
  return useMutation({
    mutationFn: (linkId: string) =>
      api.post<AuthorityLink>(`${shipmentPath(shipmentId)}/authority-links/${encodeURIComponent(linkId)}/revoke`),
    onSuccess: invalidate,
  });
}

/** Each open is logged on the server, so the answer is kept for the page's life instead of refetched on focus. */
export const useInspection = (token: string) =>
  useQuery({
    queryKey: authorityKeys.inspection(token),
    queryFn: ({ signal }) => api.get<Inspection>(inspectPath(token), undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });

export const useInspectedDocument = (token: string, documentId: string, enabled: boolean) =>
  useQuery({
    queryKey: authorityKeys.document(token, documentId),
    queryFn: ({ signal }) =>
      api.get<InspectedDocument>(
        `${inspectPath(token)}/documents/${encodeURIComponent(documentId)}`,
        undefined,
        signal,
      ),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });

/** A verification is asked for on purpose and logged, so it runs as a mutation: once per press. */
export const useInspectedVerification = (token: string) =>
  useMutation({
    mutationFn: (documentId: string) =>
      api.get<DocumentVerification>(`${inspectPath(token)}/documents/${encodeURIComponent(documentId)}/verification`),
  });

/** Checks one signature of a signed document against the key the platform publishes under its id. */
export const useVerifySignature = () =>
  useMutation({
    mutationFn: (body: { payload: string; signature: string; keyId: string }) =>
      api.post<SignatureVerifyResult>('/freight/signatures/verify', body),
  });

export const publishedKeyPath = (keyId: string) => `/freight/keys/${encodeURIComponent(keyId)}`;
