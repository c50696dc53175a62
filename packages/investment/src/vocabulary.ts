/**
 * The fixed vocabularies of the investment module. Stored values are these codes; the web app translates them.
 */

/** Lifecycle stage of a project, in the order a project passes through them (cf. OC4IDS project stages). */
export const projectStages = [
  'idea',
  'pre_feasibility',
  'feasibility',
  'ready_for_financing',
  'under_construction',
  'operating',
] as const;
export type ProjectStage = (typeof projectStages)[number];

/**
 * Moderation status of a listing. draft → submitted → published | returned; returned → submitted;
 * published → expired (12 months without renewal) → published (renewed); any → withdrawn by its owner.
 */
export const projectStatuses = ['draft', 'submitted', 'returned', 'published', 'expired', 'withdrawn'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** How a project wants to be financed. */
export const financingInstruments = ['equity', 'debt', 'ppp', 'grant'] as const;
export type FinancingInstrument = (typeof financingInstruments)[number];

/** Environmental and social risk category, as the IFC Performance Standards and the Equator Principles use it. */
export const environmentalCategories = ['A', 'B', 'C', 'FI'] as const;
export type EnvironmentalCategory = (typeof environmentalCategories)[number];

/** The 17 Sustainable Development Goals, by number. */
export const sdgNumbers = Array.from({ length: 17 }, (_, index) => index + 1);

export const profileKinds = ['investor', 'partnering'] as const;
export type ProfileKind = (typeof profileKinds)[number];

export const investorTypes = [
  'development_finance_institution',
  'commercial_bank',
  'sovereign_fund',
  'private_equity',
  'venture_capital',
  'corporate',
  'family_office',
  'angel',
] as const;
export type InvestorType = (typeof investorTypes)[number];

/** What a partnering profile offers or looks for (the Enterprise Europe Network's profile types). */
export const partneringTypes = [
  'business_offer',
  'business_request',
  'technology_offer',
  'technology_request',
  'rnd_cooperation',
  'startup',
] as const;
export type PartneringType = (typeof partneringTypes)[number];

export const partnershipTypes = [
  'commercial_agreement',
  'joint_venture',
  'licensing',
  'technical_cooperation',
  'subcontracting',
  'distribution',
  'research_cooperation',
  'financial_agreement',
  'acquisition',
] as const;
export type PartnershipType = (typeof partnershipTypes)[number];

export const profileStatuses = ['published', 'withdrawn', 'expired'] as const;
export type ProfileStatus = (typeof profileStatuses)[number];

/** A listing is a project or a profile: what interest, views and matches point at. */
export const listingKinds = ['project', 'profile'] as const;
export type ListingKind = (typeof listingKinds)[number];

/** Whether both sides of an expression of interest have agreed to exchange contacts. */
export const interestStatuses = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InterestStatus = (typeof interestStatuses)[number];

/** The pipeline one expression of interest moves along; `deal` and `closed` end it. */
export const pipelineStages = ['interest', 'meeting', 'nda', 'deal', 'closed'] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/** Who opened an expression of interest: one of the parties, or a focal point introducing two listings. */
export const interestInitiators = ['party', 'broker'] as const;
export type InterestInitiator = (typeof interestInitiators)[number];

export const forumMeetingStatuses = ['requested', 'confirmed', 'declined', 'cancelled'] as const;
export type ForumMeetingStatus = (typeof forumMeetingStatuses)[number];

/** Kinds of preferential policy (after UNCTAD's and the OECD's investment-incentive classifications). */
export const incentiveKinds = [
  'tax_holiday',
  'reduced_tax_rate',
  'customs_exemption',
  'special_economic_zone_regime',
  'subsidy',
  'land',
  'investment_allowance',
  'other',
] as const;
export type IncentiveKind = (typeof incentiveKinds)[number];

export const parkKinds = [
  'technology_park',
  'special_economic_zone',
  'free_economic_zone',
  'industrial_park',
  'innovation_centre',
] as const;
export type ParkKind = (typeof parkKinds)[number];

/** What a saved search looks at. */
export const savedSearchTargets = ['projects', 'profiles'] as const;
export type SavedSearchTarget = (typeof savedSearchTargets)[number];

/** Months a listing stays published without renewal. */
export const listingLifetimeMonths = 12;
/** Days without activity after which a published listing is flagged as stale. */
export const staleAfterDays = 90;
/** The largest document accepted for a project (bytes). */
export const maxDocumentBytes = 10 * 1024 * 1024;
