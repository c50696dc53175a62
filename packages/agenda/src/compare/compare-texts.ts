import type { InitiativeStage, Topic } from '../vocabulary.ts';
import type { changeKinds } from './compare-contracts.ts';

type ChangeKind = (typeof changeKinds)[number];

/** What one text says about one initiative or document: in which statements, on which topics, at which stage. */
export interface TextMention {
  kind: 'initiative' | 'document';
  id: string;
  stage: InitiativeStage | null;
  statementId: string;
  topics: Topic[];
}

export interface ComparedItem {
  kind: 'initiative' | 'document';
  id: string;
  change: ChangeKind;
  fromStage: InitiativeStage | null;
  toStage: InitiativeStage | null;
  fromStatementIds: string[];
  toStatementIds: string[];
  topics: Topic[];
}

/** Stages ranked by how far a text commits to an initiative; stalled and withdrawn rank below every open stage. */
const commitment: Record<InitiativeStage, number> = {
  withdrawn: 0,
  stalled: 1,
  proposed: 2,
  noted: 3,
  supported: 4,
  approved: 5,
  in_progress: 6,
  implemented: 7,
};

const strongest = (stages: (InitiativeStage | null)[]) =>
  stages.reduce<InitiativeStage | null>(
    (best, stage) => (stage && (!best || commitment[stage] > commitment[best]) ? stage : best),
    null,
  );

/**
 * What changed between two texts: initiatives and documents the later text names that the earlier does not (new),
 * those it no longer names (dropped), and initiatives whose strongest stage rose (upgraded, e.g. noted → supported)
 * or fell (downgraded). Pure; records are matched by id, so names resolved to one record compare as one.
 */
export function compareTexts(options: { from: TextMention[]; to: TextMention[] }): ComparedItem[] {
  const group = (mentions: TextMention[]) => {
    const byKey = new Map<string, TextMention[]>();
    for (const mention of mentions) {
      const key = `${mention.kind}|${mention.id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), mention]);
    }
    return byKey;
  };
  const before = group(options.from);
  const after = group(options.to);
  const items: ComparedItem[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key) ?? [];
    const b = after.get(key) ?? [];
    const sample = (a[0] ?? b[0])!;
    const fromStage = strongest(a.map((mention) => mention.stage));
    const toStage = strongest(b.map((mention) => mention.stage));
    let change: ChangeKind = 'unchanged';
    if (a.length === 0) change = 'new';
    else if (b.length === 0) change = 'dropped';
    else if (fromStage && toStage && commitment[toStage] > commitment[fromStage]) change = 'upgraded';
    else if (fromStage && toStage && commitment[toStage] < commitment[fromStage]) change = 'downgraded';
    items.push({
      kind: sample.kind,
      id: sample.id,
      change,
      fromStage,
      toStage,
      fromStatementIds: [...new Set(a.map((mention) => mention.statementId))],
      toStatementIds: [...new Set(b.map((mention) => mention.statementId))],
      topics: [...new Set([...a, ...b].flatMap((mention) => mention.topics))].sort(),
    });
  }
  const order: ChangeKind[] = ['new', 'upgraded', 'downgraded', 'dropped', 'unchanged'];
  return items.sort((x, y) => order.indexOf(x.change) - order.indexOf(y.change) || x.id.localeCompare(y.id));
}
