/**
 * Response and request types of the agenda API, inferred from the contract's zod schemas (the single source of
 * truth). Only types are imported: nothing of zod or the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type * as contract from '../../../../packages/agenda/src/contracts.ts';
import type * as accounts from '../../../../packages/core/src/auth/accounts.schemas.ts';
import type { Role } from '../../../../packages/core/src/auth/roles.ts';
import type { Language, PresentedLocalizedText, Provenance } from '../../../../packages/core/src/localized-text.ts';

export type { Language, Provenance, Role };
export type LocalizedText = PresentedLocalizedText;
export type LocalizedEntry = LocalizedText[Language];

export type StatementSummary = contract.StatementSummary;
export type StatementList = contract.StatementList;
export type Overview = contract.Overview;
export type MeetingDetail = contract.MeetingDetail;
export type Report = contract.Report;
export type ReportInput = z.input<typeof contract.reportInputSchema>;

export type Span = z.infer<typeof contract.spanSchema>;
export type PartialDate = z.infer<typeof contract.partialDateSchema>;
export type EntityRef = z.infer<typeof contract.entityRefSchema>;
export type MeetingSummary = z.infer<typeof contract.meetingSummarySchema>;
export type ExtractedFact = MeetingDetail['facts'][number];
export type FactKind = ExtractedFact['kind'];
export type DocumentSummary = z.infer<typeof contract.documentSummarySchema>;
export type DocumentDetail = z.infer<typeof contract.documentDetailSchema>;
export type EventSummary = z.infer<typeof contract.eventSummarySchema>;
export type EventDetail = z.infer<typeof contract.eventDetailSchema>;
export type StageChange = z.infer<typeof contract.stageChangeSchema>;
export type InitiativeSummary = z.infer<typeof contract.initiativeSummarySchema>;
export type InitiativeDetail = z.infer<typeof contract.initiativeDetailSchema>;
export type InitiativeStageChangeInput = z.input<typeof contract.initiativeStageChangeInputSchema>;
export type CountrySummary = z.infer<typeof contract.countrySummarySchema>;
export type CountryDetail = z.infer<typeof contract.countryDetailSchema>;
export type StatementPatch = z.input<typeof contract.statementPatchSchema>;
export type ReportReviewInput = z.input<typeof contract.reportReviewInputSchema>;
export type ReportReturnInput = z.input<typeof contract.reportReturnInputSchema>;

export type Stance = StatementSummary['stance'];
export type Topic = StatementSummary['topics'][number];
export type ActorKind = StatementSummary['actorKind'];
export type InitiativeStage = InitiativeSummary['stage'];
export type ReportStatus = Report['status'];
export type ReviewState = Report['reviewState'];
export type CountryStatus = CountrySummary['status'];
export type EventFormat = EventSummary['format'];
export type EventStatus = EventSummary['status'];

export interface ListResponse<T> {
  items: T[];
  total: number;
}

/** The signed-in user and the CSRF token (POST /auth/login, GET /auth/me). */
export type SessionUser = z.infer<typeof accounts.sessionUserSchema>;
export type SessionResponse = z.infer<typeof accounts.sessionResponseSchema>;
