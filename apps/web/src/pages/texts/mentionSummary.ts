import type { InitiativeStage } from '../../api/types.ts';

/** The year an initiative first reached a stage in the stored texts. */
export interface StageFirstSeen {
  stage: InitiativeStage;
  year: number;
}

/**
 * The first year each stage appears among an initiative's mentions, in the order the stages first appear — the
 * data of "First noted in 2019 · supported 2023 · approved 2025". Mentions may come in any order; dates that are
 * not ISO dates are skipped.
 */
export function stagesFirstSeen(
  mentions: readonly { meetingDate: string; stage: InitiativeStage }[],
): StageFirstSeen[] {
  const dated = mentions
    .map((m) => ({ stage: m.stage, date: m.meetingDate, year: Number.parseInt(m.meetingDate.slice(0, 4), 10) }))
    .filter((m) => /^\d{4}-\d{2}-\d{2}/.test(m.date) && Number.isFinite(m.year))
    .sort((a, b) => a.date.localeCompare(b.date));
  const seen: StageFirstSeen[] = [];
  for (const mention of dated) {
    if (!seen.some((s) => s.stage === mention.stage)) seen.push({ stage: mention.stage, year: mention.year });
  }
  return seen;
}
