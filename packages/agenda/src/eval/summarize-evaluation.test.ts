import { describe, expect, it } from 'vitest';
import { type ExtractionScore, type FactType, factTypes, type Tally } from './score-extraction.ts';
import { formatEvaluation, summarizeEvaluation, type TextEvaluation } from './summarize-evaluation.ts';

const score = (tally: Tally, overrides: Partial<Record<FactType, Tally>> = {}): ExtractionScore => ({
  tallies: { ...(Object.fromEntries(factTypes.map((type) => [type, tally])) as Record<FactType, Tally>), ...overrides },
  misses: [{ factType: 'documents', kind: 'false_negative', ordinal: 3, parsedOrdinal: 3, fact: 'SCO Charter' }],
});

const evaluations: TextEvaluation[] = [
  {
    name: 'seed-zh',
    language: 'zh',
    split: 'seed',
    score: score({ truePositives: 96, falsePositives: 0, falseNegatives: 4 }),
    rejection: null,
  },
  {
    name: 'held-out-zh',
    language: 'zh',
    split: 'held_out',
    score: score({ truePositives: 9, falsePositives: 1, falseNegatives: 0 }),
    rejection: null,
  },
  {
    name: 'held-out-ru',
    language: 'ru',
    split: 'held_out',
    score: score({ truePositives: 0, falsePositives: 0, falseNegatives: 10 }),
    rejection: 'The text is not a communiqué.',
  },
];

describe('summarizeEvaluation', () => {
  const summary = summarizeEvaluation({ evaluations });

  it('micro-averages each split by adding counts before computing rates', () => {
    const heldOut = summary.splits.find((row) => row.label === 'held_out')!;
    expect(heldOut.texts).toBe(2);
    expect(heldOut.facts.documents).toMatchObject({
      truePositives: 9,
      falsePositives: 1,
      falseNegatives: 10,
      precision: 0.9,
      recall: 9 / 19,
    });
  });

  it('groups texts by language', () => {
    expect(summary.languages.map((row) => [row.label, row.texts])).toEqual([
      ['zh', 2],
      ['ru', 1],
    ]);
    expect(summary.languages[1]!.facts.stances).toMatchObject({ precision: null, recall: 0 });
  });

  it('checks each split against its own target, precision and recall alike', () => {
    const seed = summary.targets.filter((check) => check.split === 'seed');
    expect(seed.every((check) => check.target === 0.95 && check.met)).toBe(true);
    const heldOut = summary.targets.filter((check) => check.split === 'held_out');
    expect(heldOut.every((check) => check.target === 0.85 && !check.met)).toBe(true);
  });

  it('lists the texts the parser refused', () => {
    expect(summary.rejections).toEqual([{ name: 'held-out-ru', message: 'The text is not a communiqué.' }]);
  });

  it('treats a split with nothing to find and nothing found as meeting its target', () => {
    const empty = summarizeEvaluation({
      evaluations: [{ ...evaluations[0]!, score: score({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }) }],
    });
    expect(empty.targets.every((check) => check.met && check.precision === 1 && check.recall === 1)).toBe(true);
  });
});

describe('formatEvaluation', () => {
  const summary = summarizeEvaluation({ evaluations });

  it('prints rates, n/a, targets and rejections', () => {
    const report = formatEvaluation({ summary, evaluations, verbose: false });
    expect(report).toContain('  seed-zh');
    expect(report).toMatch(/held-out-ru\s+n\/a\/0\.00/);
    expect(report).toContain('seed ≥ 0.95: met');
    expect(report).toContain('held_out ≥ 0.85: missed for header, documents, events, stances, actors, initiatives');
    expect(report).toContain('held-out-ru: The text is not a communiqué.');
    expect(report).not.toContain('SCO Charter');
  });

  it('lists every miss when verbose', () => {
    const report = formatEvaluation({ summary, evaluations, verbose: true });
    expect(report).toMatch(/FN documents\s+#3\s+SCO Charter/);
  });
});
