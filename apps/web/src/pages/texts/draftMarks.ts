import type { ExtractedFact } from '../../api/types.ts';
import type { DraftDetail } from './textsApi.ts';

/** The kinds of fact a draft's text highlights, in legend order. */
export const draftMarkKinds = ['participant', 'document', 'event', 'initiative'] as const;
export type DraftMarkKind = (typeof draftMarkKinds)[number];

/** A highlighted span of a draft's text and what it names. */
export interface DraftMark {
  kind: DraftMarkKind;
  /** The statement the fact belongs to; null for the header's participants. */
  ordinal: number | null;
  label: string;
}

/**
 * Every extracted fact of a draft as an annotation of its text: the header's participants and each statement's
 * documents, events and initiatives. `refId` of each fact is a key into `marks`, so the highlighter's generic fact
 * tree can carry the draft's own details. Facts with an empty span are left out (they cannot be shown).
 */
export function draftMarks(draft: Pick<DraftDetail, 'header' | 'statements'>): {
  facts: ExtractedFact[];
  marks: Map<string, DraftMark>;
} {
  const facts: ExtractedFact[] = [];
  const marks = new Map<string, DraftMark>();
  const add = (key: string, mark: DraftMark, span: { start: number; end: number }) => {
    if (span.end <= span.start) return;
    marks.set(key, mark);
    facts.push({ kind: mark.kind, refId: key, span });
  };
  draft.header.participants.forEach((p, index) => {
    const label = [p.organization ?? p.countryCode, p.title, p.personName].filter(Boolean).join(' ');
    add(`participant:${index}`, { kind: 'participant', ordinal: null, label }, p.span);
  });
  for (const s of draft.statements) {
    for (const d of s.documents)
      add(`document:${s.ordinal}:${d.index}`, { kind: 'document', ordinal: s.ordinal, label: d.title }, d.span);
    for (const e of s.events)
      add(`event:${s.ordinal}:${e.index}`, { kind: 'event', ordinal: s.ordinal, label: e.name }, e.span);
    for (const i of s.initiatives)
      add(`initiative:${s.ordinal}:${i.index}`, { kind: 'initiative', ordinal: s.ordinal, label: i.title }, i.span);
  }
  return { facts, marks };
}

/** How many facts of each kind the draft highlights. */
export function countMarks(marks: Map<string, DraftMark>): Map<DraftMarkKind, number> {
  const counts = new Map<DraftMarkKind, number>();
  for (const mark of marks.values()) counts.set(mark.kind, (counts.get(mark.kind) ?? 0) + 1);
  return counts;
}
