/**
 * The controlled vocabularies of the agenda. Codes are stable (stored and used in the API); labels in three
 * languages live in apps/web locales and in `vocabularyLabels` below for the API and exports.
 */

/** What the actors of a statement do with its content, from the verb of the paragraph. */
export const stances = [
  'emphasized', // 强调
  'reaffirmed', // 重申
  'noted', // 注意到
  'supported', // 支持
  'approved', // 批准
  'welcomed', // 欢迎
  'considered', // 认为
  'appreciated', // 高度评价, 肯定
  'concerned', // 关切
  'pointed_out', // 指出
  'advocated', // 主张
  'called_for', // 呼吁
  'committed', // 将 (states or authorities will do something)
  'decided', // 通过决议, 决定
  'expressed', // 表示
] as const;
export type Stance = (typeof stances)[number];

/**
 * Who speaks in a statement. `heads_of_delegation`: all heads of delegations; `named_states`: exactly the states
 * listed (see the statement's countries); `competent_authorities`: the competent authorities of the member states;
 * `relevant_member_states`: "the member states concerned"; `member_states`: the member states as a whole;
 * `meeting`: the meeting itself (decisions taken, next meeting).
 */
export const actorKinds = [
  'heads_of_delegation',
  'named_states',
  'competent_authorities',
  'relevant_member_states',
  'member_states',
  'meeting',
] as const;
export type ActorKind = (typeof actorKinds)[number];

/** Sector taxonomy for statements. */
export const topics = [
  'institutional',
  'global_governance',
  'security',
  'trade',
  'investment',
  'finance',
  'industry',
  'digital_economy',
  'ai',
  'science_technology',
  'space',
  'transport',
  'customs',
  'energy',
  'climate',
  'environment',
  'agriculture',
  'emergency',
  'health',
  'social',
  'education',
  'youth',
  'sport',
  'culture',
  'tourism',
  'people_to_people',
] as const;
export type Topic = (typeof topics)[number];

/**
 * Lifecycle of an initiative. The happy path runs proposed → noted → supported → approved → in_progress →
 * implemented; stalled and withdrawn can be reached from any open stage.
 */
export const initiativeStages = [
  'proposed',
  'noted',
  'supported',
  'approved',
  'in_progress',
  'implemented',
  'stalled',
  'withdrawn',
] as const;
export type InitiativeStage = (typeof initiativeStages)[number];

export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** How a member state rates its own progress in an implementation report. */
export const reportStatuses = ['not_started', 'in_progress', 'completed', 'delayed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Secretariat review of an implementation report. */
export const reviewStates = ['submitted', 'accepted', 'returned'] as const;
export type ReviewState = (typeof reviewStates)[number];

export const eventFormats = ['in_person', 'video'] as const;
export type EventFormat = (typeof eventFormats)[number];
