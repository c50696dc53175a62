import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as forumContract from '../../../../../packages/investment/src/forums/contracts.ts';
import type * as interestContract from '../../../../../packages/investment/src/interests/contracts.ts';
import type { ListingKind, PipelineStage } from '../../../../../packages/investment/src/vocabulary.ts';
import { api, apiBase } from '../../api/client.ts';
import type { UserTextValue } from './investmentShared.tsx';

export type Interest = interestContract.PresentedInterest;
export type InterestDetail = interestContract.PresentedInterestDetail;
export type Pipeline = interestContract.PresentedPipeline;
export type ForumSummary = forumContract.PresentedForumSummary;
export type Forum = forumContract.PresentedForum;
export type ForumMeeting = forumContract.PresentedForumMeeting;
/** A forum as the Secretariat's form sends it; the server checks every field and how they fit together. */
export type ForumInput = z.input<typeof forumContract.forumInputSchema>;
export type InterestBox = 'sent' | 'received' | 'brokered' | 'all';

/** One of the caller's own published listings, offered as the side they present themselves with. */
export interface OwnListing {
  kind: ListingKind;
  id: string;
  title: UserTextValue;
}

const keys = {
  interests: ['investment', 'interests'] as const,
  box: (box: InterestBox) => ['investment', 'interests', 'list', box] as const,
  pipeline: (kind: ListingKind, id: string) => ['investment', 'pipeline', kind, id] as const,
  ownListings: ['investment', 'own-listings'] as const,
  forums: ['investment', 'forums'] as const,
  forum: (id: string) => ['investment', 'forums', 'one', id] as const,
  myMeetings: (forumId: string) => ['investment', 'forums', 'meetings', forumId] as const,
};

export const useInterests = (box: InterestBox) =>
  useQuery({
    queryKey: keys.box(box),
    queryFn: ({ signal }) =>
      api.get<{ items: Interest[]; total: number }>('/investment/interests', { box, limit: 200 }, signal),
  });

/** The caller's open (pending or accepted) interest in one listing, if they sent one; at most one exists. */
export const useMyOpenInterest = (kind: ListingKind, id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.interests, 'mine-in', kind, id],
    queryFn: async ({ signal }) => {
      const query = { box: 'sent', openOnly: 'true', targetKind: kind, targetId: id, limit: 1 };
      const found = await api.get<{ items: Interest[] }>('/investment/interests', query, signal);
      return found.items[0] ?? null;
    },
    enabled,
  });

export const useInterest = (id: string | null) =>
  useQuery({
    queryKey: [...keys.interests, 'one', id],
    queryFn: ({ signal }) => api.get<InterestDetail>(`/investment/interests/${id}`, undefined, signal),
    enabled: id !== null,
  });

export const usePipeline = (kind: ListingKind, id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.pipeline(kind, id),
    queryFn: ({ signal }) => api.get<Pipeline>(`/investment/listings/${kind}/${id}/pipeline`, undefined, signal),
    enabled,
  });

/** The caller's published projects and profiles, to present with an expression of interest. */
export const useOwnPublishedListings = (enabled: boolean) =>
  useQuery({
    queryKey: keys.ownListings,
    enabled,
    queryFn: async ({ signal }): Promise<OwnListing[]> => {
      type Row = { id: string; title: UserTextValue; status: string };
      const [projects, profiles] = await Promise.all([
        api.get<{ items: Row[] }>('/investment/projects', { mine: 'yes', limit: 100 }, signal),
        api.get<{ items: Row[] }>('/investment/profiles', { mine: 'true', limit: 100 }, signal),
      ]);
      const published = (kind: ListingKind, rows: Row[]) =>
        rows.filter((row) => row.status === 'published').map((row) => ({ kind, id: row.id, title: row.title }));
      return [...published('profile', profiles.items), ...published('project', projects.items)];
    },
  });

/** Records a view of a listing; the server counts each reader once a day and never the owner. */
export const recordListingView = (kind: ListingKind, id: string) =>
  api.post<{ counted: boolean }>(`/investment/listings/${kind}/${id}/views`);

function useInvalidateDeals() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.interests });
    void client.invalidateQueries({ queryKey: ['investment', 'pipeline'] });
    void client.invalidateQueries({ queryKey: ['investment', 'forums', 'meetings'] });
  };
}

export function useExpressInterest() {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: (input: {
      target: OwnListing | { kind: ListingKind; id: string };
      source?: { kind: ListingKind; id: string };
      message: string;
    }) =>
      api.post<InterestDetail>('/investment/interests', {
        target: { kind: input.target.kind, id: input.target.id },
        source: input.source,
        message: input.message,
      }),
    onSuccess: invalidate,
  });
}

export type InterestAction =
  | { kind: 'accept' }
  | { kind: 'decline'; reason?: string }
  | { kind: 'stage'; to: PipelineStage; reason?: string };

export function useInterestAction(id: string) {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: (action: InterestAction) => {
      const path = `/investment/interests/${id}`;
      if (action.kind === 'accept') return api.post<InterestDetail>(`${path}/accept`);
      if (action.kind === 'decline') return api.post<InterestDetail>(`${path}/decline`, { reason: action.reason });
      return api.post<InterestDetail>(`${path}/stage`, { to: action.to, reason: action.reason });
    },
    onSuccess: invalidate,
  });
}

/** What the brokering form needs to know of the listing on screen: its country and whether it is published. */
export const useListingFacts = (kind: ListingKind, id: string, enabled: boolean) =>
  useQuery({
    // The detail pages' own keys, so the listing they already loaded is reused.
    queryKey: kind === 'project' ? ['investment', 'projects', 'detail', id] : ['investment', 'profiles', 'one', id],
    queryFn: ({ signal }) =>
      api.get<{ countryCode: string; status: string; ownerUserId: string }>(
        `/investment/${kind === 'project' ? 'projects' : 'profiles'}/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
    enabled,
  });

/** A listing a broker may introduce the one on screen to. */
export interface IntroductionCandidate {
  kind: ListingKind;
  id: string;
  title: UserTextValue;
  organisation: string;
  countryCode: string;
  demo: boolean;
}

/** The listing's ranked matches, first choices for an introduction (the same query the matches panel runs). */
export const useIntroductionMatches = (kind: ListingKind, id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['investment', 'matches', kind, id],
    queryFn: ({ signal }) => api.get<{ items: MatchRow[] }>('/investment/matches', { kind, id }, signal),
    enabled,
    select: (data): IntroductionCandidate[] =>
      data.items.map((match) => ({
        kind: match.kind,
        id: match.id,
        title: match.title,
        organisation: match.organisationName,
        countryCode: match.countryCode,
        demo: match.demo,
      })),
  });

interface MatchRow {
  kind: ListingKind;
  id: string;
  title: UserTextValue;
  organisationName: string;
  countryCode: string;
  demo: boolean;
}

interface ListedRow {
  id: string;
  title: UserTextValue;
  status?: string;
  countryCode: string;
  demo: boolean;
  sponsorName?: string;
  organisationName?: string;
}

/** Published projects and profiles whose words match the search, through the public list endpoints. */
export const useListingSearch = (text: string, enabled: boolean) =>
  useQuery({
    queryKey: ['investment', 'listing-search', text],
    enabled: enabled && text.trim().length >= 2,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<IntroductionCandidate[]> => {
      const [projects, profiles] = await Promise.all([
        api.get<{ items: ListedRow[] }>('/investment/projects', { text, status: 'published', limit: 10 }, signal),
        api.get<{ items: ListedRow[] }>('/investment/profiles', { q: text, limit: 10 }, signal),
      ]);
      const candidates = (kind: ListingKind, rows: ListedRow[]) =>
        rows
          .filter((row) => row.status === undefined || row.status === 'published')
          .map((row) => ({
            kind,
            id: row.id,
            title: row.title,
            organisation: row.sponsorName ?? row.organisationName ?? '',
            countryCode: row.countryCode,
            demo: row.demo,
          }));
      return [...candidates('project', projects.items), ...candidates('profile', profiles.items)];
    },
  });

/** A focal point or the Secretariat introduces two published listings; both owners then accept or decline. */
export function useIntroduceListings() {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: (input: {
      target: { kind: ListingKind; id: string };
      source: { kind: ListingKind; id: string };
      message: string;
    }) => api.post<InterestDetail>('/investment/interests/introductions', input),
    onSuccess: invalidate,
  });
}

/** A broker's note on an interest; the history then shows it with its author and time. */
export function useAddBrokerNote(id: string) {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: (note: string) => api.post<InterestDetail>(`/investment/interests/${id}/notes`, { note }),
    onSuccess: invalidate,
  });
}

/** Adds a forum (Secretariat), or changes the given fields of one. */
export function useSaveForum(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<ForumInput>) =>
      id === null
        ? api.post<Forum>('/investment/forums', input)
        : api.patch<Forum>(`/investment/forums/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.forums }),
  });
}

export const useForums = () =>
  useQuery({
    queryKey: keys.forums,
    queryFn: ({ signal }) => api.get<{ items: ForumSummary[] }>('/investment/forums', undefined, signal),
  });

export const useForum = (id: string, enabled = true) =>
  useQuery({
    queryKey: keys.forum(id),
    enabled: enabled && id !== '',
    queryFn: ({ signal }) => api.get<Forum>(`/investment/forums/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useMyMeetings = (forumId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.myMeetings(forumId),
    queryFn: ({ signal }) =>
      api.get<{ items: ForumMeeting[] }>(
        `/investment/forums/${encodeURIComponent(forumId)}/meetings`,
        undefined,
        signal,
      ),
    enabled,
  });

export function useRequestMeeting(forumId: string) {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: (input: { slotStart: string; interestId: string; note?: string }) =>
      api.post<ForumMeeting>(`/investment/forums/${encodeURIComponent(forumId)}/meetings`, input),
    onSuccess: invalidate,
  });
}

export function useMeetingAnswer(forumId: string) {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: (input: { meetingId: string; answer: 'confirm' | 'decline' | 'cancel' }) =>
      api.post<ForumMeeting>(
        `/investment/forums/${encodeURIComponent(forumId)}/meetings/${input.meetingId}/${input.answer}`,
      ),
    onSuccess: invalidate,
  });
}

/** Links to the calendar files, in the reader's language. */
export const meetingIcsUrl = (forumId: string, meetingId: string, lang: string) =>
  `${apiBase}/investment/forums/${encodeURIComponent(forumId)}/meetings/${meetingId}.ics?lang=${lang}`;
export const myScheduleIcsUrl = (forumId: string, lang: string) =>
  `${apiBase}/investment/forums/${encodeURIComponent(forumId)}/my-schedule.ics?lang=${lang}`;
