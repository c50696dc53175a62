import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ExchangeRate,
  ExchangeRateInput,
} from '../../../../../packages/investment/src/exchange-rates/contracts.ts';
import type {
  ProjectDetail,
  ProjectDocument,
  ProjectSummary,
} from '../../../../../packages/investment/src/projects/contracts.ts';
import type { ReferenceData } from '../../../../../packages/investment/src/reference/contracts.ts';
import type {
  EnvironmentalCategory,
  FinancingInstrument,
  ProjectStage,
} from '../../../../../packages/investment/src/vocabulary.ts';
import { ApiError, api, apiBase, apiRequest, getCsrfToken, type QueryValue } from '../../api/client.ts';

export type { ExchangeRate, ProjectDetail, ProjectDocument, ProjectSummary, ReferenceData };

/** The body of POST/PUT /investment/projects, as the form sends it. */
export interface ProjectInputBody {
  title: Partial<Record<'zh' | 'ru' | 'en', string>>;
  summary: Partial<Record<'zh' | 'ru' | 'en', string>>;
  sponsorName: string;
  countryCode: string;
  regionCode: string | null;
  regionName: string | null;
  latitude: number | null;
  longitude: number | null;
  isicDivision: string;
  stage: ProjectStage;
  capitalCost: number;
  currency: string;
  financingInstruments: FinancingInstrument[];
  financingAmount: number | null;
  jobs: number | null;
  environmentalCategory: EnvironmentalCategory | null;
  sdgs: number[];
  contact: { name: string; email: string; phone: string | null; organisation: string | null };
  languages: string[];
  keywords: string[];
  initiativeIds: string[];
  documentIds: string[];
}

type Query = Record<string, QueryValue>;
interface ProjectList {
  items: ProjectSummary[];
  total: number;
}

const projectPath = (id: string) => `/investment/projects/${encodeURIComponent(id)}`;

export const projectKeys = {
  all: ['investment', 'projects'] as const,
  list: (query: Query) => ['investment', 'projects', 'list', query] as const,
  detail: (id: string) => ['investment', 'projects', 'detail', id] as const,
  moderation: ['investment', 'projects', 'moderation'] as const,
  rates: ['investment', 'exchange-rates'] as const,
  reference: ['investment', 'reference'] as const,
};

export const useReference = () =>
  useQuery({
    queryKey: projectKeys.reference,
    queryFn: ({ signal }) => api.get<ReferenceData>('/investment/reference', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useProjects = (query: Query, enabled = true) =>
  useQuery({
    queryKey: projectKeys.list(query),
    queryFn: ({ signal }) => api.get<ProjectList>('/investment/projects', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useProject = (id: string) =>
  useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => api.get<ProjectDetail>(projectPath(id), undefined, signal),
  });

export const useModerationQueue = () =>
  useQuery({
    queryKey: projectKeys.moderation,
    queryFn: ({ signal }) => api.get<ProjectList>('/investment/moderation/projects', { limit: 100 }, signal),
  });

/** Creates (no id) or edits a project; `submit` also sends it to moderation. */
export function useSaveProject(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, submit }: { input: ProjectInputBody; submit: boolean }) =>
      id
        ? apiRequest<ProjectDetail>(projectPath(id), { method: 'PUT', query: { submit }, body: input })
        : apiRequest<ProjectDetail>('/investment/projects', { method: 'POST', query: { submit }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export type ProjectAction = 'submit' | 'publish' | 'renew' | 'withdraw';

export function useProjectAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: ProjectAction | 'return'; reason?: string }) =>
      api.post<ProjectDetail>(`${projectPath(id)}/${action}`, action === 'return' ? { reason } : undefined),
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

/** Sends the file as a raw application/pdf body; the server checks that it is a PDF within the size limit. */
async function uploadDocument(options: { projectId: string; file: File }): Promise<ProjectDocument> {
  const headers: Record<string, string> = { 'content-type': 'application/pdf', accept: 'application/json' };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch(
    `${apiBase}${projectPath(options.projectId)}/documents?filename=${encodeURIComponent(options.file.name)}`,
    { method: 'POST', headers, credentials: 'include', body: options.file },
  );
  if (response.ok) return (await response.json()) as ProjectDocument;
  const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
  throw new ApiError(response.status, problem.code ?? `http_${response.status}`, problem.detail ?? response.statusText);
}

export function useDocumentUpload(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadDocument({ projectId, file }),
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
  });
}

export function useDocumentDelete(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      apiRequest<void>(`${projectPath(projectId)}/documents/${encodeURIComponent(documentId)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
  });
}

export const documentUrl = (projectId: string, documentId: string) =>
  `${apiBase}${projectPath(projectId)}/documents/${encodeURIComponent(documentId)}`;

export const useExchangeRates = () =>
  useQuery({
    queryKey: projectKeys.rates,
    queryFn: ({ signal }) => api.get<{ items: ExchangeRate[] }>('/investment/exchange-rates', undefined, signal),
  });

export const useRateHistory = (currency: string | null) =>
  useQuery({
    queryKey: [...projectKeys.rates, currency],
    queryFn: ({ signal }) =>
      api.get<{ items: ExchangeRate[] }>(
        `/investment/exchange-rates/${encodeURIComponent(currency ?? '')}`,
        undefined,
        signal,
      ),
    enabled: Boolean(currency),
  });

export function useRecordRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExchangeRateInput) => api.post<ExchangeRate>('/investment/exchange-rates', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: projectKeys.rates });
      void client.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
