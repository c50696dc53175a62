import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryValue } from './client.ts';
import type {
  CountryDetail,
  CountrySummary,
  DocumentDetail,
  DocumentSummary,
  EventDetail,
  EventSummary,
  InitiativeDetail,
  InitiativeStageChangeInput,
  InitiativeSummary,
  ListResponse,
  MeetingDetail,
  MeetingSummary,
  Overview,
  Report,
  ReportInput,
  StatementList,
  StatementPatch,
  StatementSummary,
} from './types.ts';

type Query = Record<string, QueryValue>;

/** Query keys: one tuple per resource, so mutations can invalidate precisely. */
export const keys = {
  overview: ['overview'] as const,
  statements: (query: Query) => ['statements', query] as const,
  statement: (id: string) => ['statement', id] as const,
  meetings: ['meetings'] as const,
  meeting: (id: string) => ['meeting', id] as const,
  documents: (query: Query) => ['documents', query] as const,
  document: (id: string) => ['document', id] as const,
  events: (query: Query) => ['events', query] as const,
  event: (id: string) => ['event', id] as const,
  initiatives: (query: Query) => ['initiatives', query] as const,
  initiative: (id: string) => ['initiative', id] as const,
  countries: ['countries'] as const,
  country: (code: string) => ['country', code] as const,
  reports: (query: Query) => ['reports', query] as const,
};

export const useOverview = () =>
  useQuery({ queryKey: keys.overview, queryFn: ({ signal }) => api.get<Overview>('/overview', undefined, signal) });

export const useStatements = (query: Query) =>
  useQuery({
    queryKey: keys.statements(query),
    queryFn: ({ signal }) => api.get<StatementList>('/statements', query, signal),
    placeholderData: keepPreviousData,
  });

export const useStatement = (id: string) =>
  useQuery({
    queryKey: keys.statement(id),
    queryFn: ({ signal }) => api.get<StatementSummary>(`/statements/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useMeetings = () =>
  useQuery({
    queryKey: keys.meetings,
    queryFn: ({ signal }) => api.get<ListResponse<MeetingSummary>>('/meetings', { limit: 200 }, signal),
  });

export const useMeeting = (id: string) =>
  useQuery({
    queryKey: keys.meeting(id),
    queryFn: ({ signal }) => api.get<MeetingDetail>(`/meetings/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: 5 * 60_000,
  });

export const useDocuments = (query: Query) =>
  useQuery({
    queryKey: keys.documents(query),
    queryFn: ({ signal }) => api.get<ListResponse<DocumentSummary>>('/documents', query, signal),
    placeholderData: keepPreviousData,
  });

export const useDocument = (id: string) =>
  useQuery({
    queryKey: keys.document(id),
    queryFn: ({ signal }) => api.get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useEvents = (query: Query) =>
  useQuery({
    queryKey: keys.events(query),
    queryFn: ({ signal }) => api.get<ListResponse<EventSummary>>('/events', query, signal),
    placeholderData: keepPreviousData,
  });

export const useEvent = (id: string) =>
  useQuery({
    queryKey: keys.event(id),
    queryFn: ({ signal }) => api.get<EventDetail>(`/events/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useInitiatives = (query: Query, enabled = true) =>
  useQuery({
    queryKey: keys.initiatives(query),
    queryFn: ({ signal }) => api.get<ListResponse<InitiativeSummary>>('/initiatives', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useInitiative = (id: string) =>
  useQuery({
    queryKey: keys.initiative(id),
    queryFn: ({ signal }) => api.get<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useCountries = () =>
  useQuery({
    queryKey: keys.countries,
    queryFn: ({ signal }) => api.get<ListResponse<CountrySummary>>('/countries', { limit: 200 }, signal),
    staleTime: 10 * 60_000,
  });

export const useCountry = (code: string) =>
  useQuery({
    queryKey: keys.country(code),
    queryFn: ({ signal }) => api.get<CountryDetail>(`/countries/${encodeURIComponent(code)}`, undefined, signal),
  });

export const useReports = (query: Query, enabled = true) =>
  useQuery({
    queryKey: keys.reports(query),
    queryFn: ({ signal }) => api.get<ListResponse<Report>>('/reports', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

// ---- writes -------------------------------------------------------------------------------------------------

export function useCreateReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => api.post<Report>('/reports', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function useUpdateReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => api.put<Report>(`/reports/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function useReviewReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: 'accept' | 'return'; note?: string }) =>
      api.post<Report>(`/reports/${encodeURIComponent(id)}/${action}`, note ? { note } : {}),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['reports'] });
      void client.invalidateQueries({ queryKey: ['initiative'] });
      void client.invalidateQueries({ queryKey: ['country'] });
      void client.invalidateQueries({ queryKey: keys.overview });
    },
  });
}

export function useChangeStage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InitiativeStageChangeInput) =>
      api.post<InitiativeDetail>(`/initiatives/${encodeURIComponent(id)}/stage`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.initiative(id) });
      void client.invalidateQueries({ queryKey: ['initiatives'] });
      void client.invalidateQueries({ queryKey: keys.overview });
    },
  });
}

export function usePatchStatement(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: StatementPatch) => api.patch<StatementSummary>(`/statements/${encodeURIComponent(id)}`, patch),
    onSuccess: (updated) => {
      if (updated && typeof updated === 'object' && 'id' in updated) client.setQueryData(keys.statement(id), updated);
      void client.invalidateQueries({ queryKey: ['statements'] });
      void client.invalidateQueries({ queryKey: ['meeting'] });
      void client.invalidateQueries({ queryKey: keys.overview });
    },
  });
}
