import type { Language } from '../../../core/src/localized-text.ts';
import type { ActorKind, DatePrecision, EventFormat, InitiativeStage, Stance, Topic } from '../vocabulary.ts';

/**
 * The structured result of ingesting one SCO text (communiqué, declaration or statement, in Chinese, Russian or
 * English). Produced by pure functions (no IO); persisted by
 * `ingest-communique.ts`. Every fact keeps the character span of the source text it came from: `[start, end)`
 * as UTF-16 offsets into the exact text that was parsed (after BOM removal and newline normalisation to \n).
 */
export interface Span {
  start: number;
  end: number;
}

/** A calendar date with the precision the text gives. `date` is ISO `YYYY-MM-DD`; month or year precision uses day 01. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

export interface ParsedParticipant {
  /** ISO alpha-2 when the participant represents a state, else null (organisations, the Secretariat). */
  countryCode: string | null;
  /**
   * `head_of_delegation` for member delegations; `guest` for those who attended (列席, "attended the meeting",
   * "в заседании участвовали"); `observer` for the representatives of observer states.
   */
  role: 'head_of_delegation' | 'guest' | 'observer';
  /** Official title as written, e.g. 总理, Prime Minister, Председатель Правительства. */
  title: string | null;
  /** Person name as written, e.g. 李强; null when the text names only the body or country. */
  personName: string | null;
  /** Organisation name when not a state, e.g. 上合组织秘书长 / 独立国家联合体. */
  organization: string | null;
  span: Span;
}

export interface ParsedMeeting {
  /** e.g. 上海合作组织成员国政府首脑（总理）理事会, Council of Heads of Government, Совет министров иностранных дел */
  bodyName: string;
  /** Stable code of the body. `ministers` covers every ministerial meeting (the body name says which). */
  body: 'heads_of_government' | 'heads_of_state' | 'ministers' | 'other';
  /** The meeting's number when the text gives one (e.g. 24th); null otherwise. */
  number: number | null;
  title: string;
  start: PartialDate;
  end: PartialDate;
  /** Place in its dictionary form, e.g. 莫斯科, Moscow, Ташкент (not "в Ташкенте"); "" for a video conference with no host city. */
  place: string;
  format: EventFormat;
  chair: { countryCode: string | null; title: string | null; personName: string | null; span: Span } | null;
  participants: ParsedParticipant[];
  /** Next meeting, when the text announces it. */
  nextMeeting: { date: PartialDate | null; place: string | null; countryCode: string | null; span: Span } | null;
  span: Span;
}

export interface DocumentReference {
  /**
   * Title as written without its outer marks: inside 《》 (nested 〈〉 kept), inside «» or quotes, or the capitalised
   * title itself ("the SCO Development Strategy until 2035").
   */
  title: string;
  adopted: PartialDate | null;
  place: string | null;
  span: Span;
}

export interface EventReference {
  /** Name of the event as the text gives it. */
  name: string;
  start: PartialDate | null;
  end: PartialDate | null;
  place: string | null;
  format: EventFormat;
  /** held: the text reports it took place or notes its results; planned: announced or proposed for later. */
  status: 'held' | 'planned';
  span: Span;
}

export interface InitiativeReference {
  /** What is proposed, e.g. 成立上合组织出口信保与投资保险机构联盟, establishing the SCO Development Bank. */
  title: string;
  /** The stage this statement gives the initiative: noted (注意到, noted, отметили), supported, approved. */
  stage: InitiativeStage;
  span: Span;
}

export interface ParsedStatement {
  /** 1-based paragraph number among the statements (header paragraphs are not statements). */
  ordinal: number;
  text: string;
  span: Span;
  stance: Stance;
  /** Further stances in the same paragraph, in order (a paragraph may emphasise and note). */
  otherStances: Stance[];
  actorKind: ActorKind;
  /** States the statement speaks for: all member delegations for heads_of_delegation, the named list for named_states. */
  actorCountryCodes: string[];
  topics: Topic[];
  documents: DocumentReference[];
  events: EventReference[];
  initiatives: InitiativeReference[];
}

/** Which kind of SCO text: a meeting's joint communiqué, a Heads of State declaration, or a statement. */
export type TextKind = 'communique' | 'declaration' | 'statement';

export interface ParsedText {
  language: Language;
  kind: TextKind;
  /** sha256 of the normalised text: re-ingesting the same text is a no-op. */
  contentHash: string;
  text: string;
  meeting: ParsedMeeting;
  statements: ParsedStatement[];
}
