import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FinancingInstrument,
  InvestorType,
  ListingKind,
  PartneringType,
  PartnershipType,
  ProfileKind,
  ProfileStatus,
  ProjectStage,
} from '../../../../../packages/investment/src/vocabulary.ts';
import { api, type QueryValue } from '../../api/client.ts';
import type { LocalizedText } from '../../api/types.ts';
import type { UserTextValue } from './investmentShared.tsx';

export interface ProfileContact {
  name: string;
  email: string;
  phone: string | null;
  organisation: string | null;
}

/** A profile as GET /investment/profiles/:id presents it. */
export interface Profile {
  id: string;
  kind: ProfileKind;
  investorType: InvestorType | null;
  partneringType: PartneringType | null;
  organisationName: string;
  title: UserTextValue;
  description: UserTextValue;
  countryCode: string;
  ticketMinUsd: number | null;
  ticketMaxUsd: number | null;
  sectors: string[];
  targetCountries: string[];
  targetRegions: string[];
  stages: ProjectStage[];
  instruments: FinancingInstrument[];
  partnershipTypes: PartnershipType[];
  languages: string[];
  keywords: string[];
  contact: ProfileContact | null;
  initiativeIds: string[];
  documentIds: string[];
  status: ProfileStatus;
  expiresAt: string;
  ownerUserId: string;
  canEdit: boolean;
  stale: boolean;
  demo: boolean;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
}

/** The body of POST /investment/profiles and PUT /investment/profiles/:id. */
export interface ProfileInput {
  kind: ProfileKind;
  investorType: InvestorType | null;
  partneringType: PartneringType | null;
  organisationName: string;
  title: Partial<Record<'zh' | 'ru' | 'en', string>>;
  description: Partial<Record<'zh' | 'ru' | 'en', string>>;
  countryCode: string;
  ticketMinUsd: number | null;
  ticketMaxUsd: number | null;
  sectors: string[];
  targetCountries: string[];
  targetRegions: string[];
  stages: string[];
  instruments: string[];
  partnershipTypes: string[];
  languages: string[];
  keywords: string[];
  contact: ProfileContact;
  initiativeIds: string[];
  documentIds: string[];
  expiresOn?: string;
}

export type MatchReasonDetail =
  | {
      factor: 'sector';
      /** `division_in_section`: one side names a section letter, the other a division within it. */
      level: 'division' | 'division_in_section' | 'section' | 'none';
      seekerSector: string | null;
      candidateSector: string | null;
      division: string | null;
      section: string | null;
    }
  | { factor: 'place'; level: 'region' | 'country' | 'any' | 'outside'; countryCode: string; regionCode: string | null }
  | {
      factor: 'ticket';
      position: 'inside' | 'near' | 'outside' | 'unknown';
      amountUsd: number | null;
      minUsd: number | null;
      maxUsd: number | null;
    }
  | { factor: 'stage' | 'instrument' | 'language'; level: 'shared' | 'any' | 'none'; shared: string[] }
  | {
      factor: 'keywords';
      concepts: { id: string; label: { zh: string; ru: string; en: string } }[];
      words: string[];
    };

export interface MatchReason {
  factor: 'sector' | 'place' | 'ticket' | 'stage' | 'instrument' | 'language' | 'keywords';
  points: number;
  maxPoints: number;
  detail: MatchReasonDetail;
}

export interface Match {
  kind: ListingKind;
  id: string;
  title: UserTextValue;
  organisationName: string;
  countryCode: string;
  profileKind: ProfileKind | null;
  investorType: InvestorType | null;
  partneringType: PartneringType | null;
  stage: ProjectStage | null;
  sectors: string[];
  demo: boolean;
  score: number;
  reasons: MatchReason[];
}

export interface MatchList {
  seeker: { kind: ListingKind; id: string };
  items: Match[];
  candidates: number;
}

interface IsicReference {
  isic: {
    sections: { code: string; name: LocalizedText; divisions: { code: string; name: LocalizedText }[] }[];
  };
}

type Query = Record<string, QueryValue>;

const profileKeys = {
  all: ['investment', 'profiles'] as const,
  list: (query: Query) => ['investment', 'profiles', 'list', query] as const,
  one: (id: string) => ['investment', 'profiles', 'one', id] as const,
  matches: (kind: ListingKind, id: string) => ['investment', 'matches', kind, id] as const,
};

export const useProfiles = (query: Query) =>
  useQuery({
    queryKey: profileKeys.list(query),
    queryFn: ({ signal }) => api.get<{ items: Profile[]; total: number }>('/investment/profiles', query, signal),
    placeholderData: keepPreviousData,
  });

export const useProfile = (id: string) =>
  useQuery({
    queryKey: profileKeys.one(id),
    queryFn: ({ signal }) => api.get<Profile>(`/investment/profiles/${encodeURIComponent(id)}`, undefined, signal),
  });

export const useMatches = (kind: ListingKind, id: string) =>
  useQuery({
    queryKey: profileKeys.matches(kind, id),
    queryFn: ({ signal }) => api.get<MatchList>('/investment/matches', { kind, id }, signal),
  });

/** ISIC Rev.4 sections and divisions with their names, for sector pickers and labels. */
export const useIsicReference = () =>
  useQuery({
    queryKey: ['investment', 'reference'],
    queryFn: ({ signal }) => api.get<IsicReference>('/investment/reference', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Saves a profile (new when `id` is absent); every profile query is refreshed afterwards. */
export function useSaveProfile(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) =>
      id
        ? api.put<Profile>(`/investment/profiles/${encodeURIComponent(id)}`, input)
        : api.post<Profile>('/investment/profiles', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['investment'] }),
  });
}

export function useProfileAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'renew' | 'withdraw' }) =>
      api.post<Profile>(`/investment/profiles/${encodeURIComponent(id)}/${action}`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['investment'] }),
  });
}
