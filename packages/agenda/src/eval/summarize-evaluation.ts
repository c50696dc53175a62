import type { Language } from '../../../core/src/localized-text.ts';
import type { ExtractionGold } from './gold-schema.ts';
import {
  addTallies,
  type ExtractionScore,
  type FactMiss,
  type FactType,
  factTypes,
  type Rates,
  rates,
  type Tally,
} from './score-extraction.ts';

export type Split = ExtractionGold['split'];

/** One scored text: its gold file's name, language and split, its score, and why the parser refused it if it did. */
export interface TextEvaluation {
  name: string;
  language: Language;
  split: Split;
  score: ExtractionScore;
  /** The parser's message when it refused the text (every gold fact is then a false negative); null otherwise. */
  rejection: string | null;
}

/** Precision and recall each fact type must reach: the seed the rules were written on, and texts they never saw. */
export const targets: Record<Split, number> = { seed: 0.95, held_out: 0.85 };

/** One line of the table: a text, a split or a language, with each fact type's counts and rates. */
export interface EvaluationRow {
  label: string;
  texts: number;
  facts: Record<FactType, Tally & Rates>;
}

export interface TargetCheck {
  split: Split;
  factType: FactType;
  target: number;
  precision: number | null;
  recall: number | null;
  /** Both precision and recall reach the target; a rate that is n/a does not. */
  met: boolean;
}

export interface EvaluationSummary {
  texts: EvaluationRow[];
  splits: EvaluationRow[];
  languages: EvaluationRow[];
  targets: TargetCheck[];
  rejections: { name: string; message: string }[];
}

/**
 * Micro-averages the scored texts per split and per language (counts are added, then rates computed, so a long
 * text weighs more than a short one) and checks each split against its target.
 */
export function summarizeEvaluation(options: { evaluations: TextEvaluation[] }): EvaluationSummary {
  const { evaluations } = options;
  const splits = (['seed', 'held_out'] as const).filter((split) => evaluations.some((e) => e.split === split));
  const languages = [...new Set(evaluations.map((evaluation) => evaluation.language))];
  const splitRows = splits.map((split) =>
    row({ label: split, evaluations: evaluations.filter((evaluation) => evaluation.split === split) }),
  );
  return {
    texts: evaluations.map((evaluation) => row({ label: evaluation.name, evaluations: [evaluation] })),
    splits: splitRows,
    languages: languages.map((language) =>
      row({ label: language, evaluations: evaluations.filter((evaluation) => evaluation.language === language) }),
    ),
    targets: splits.flatMap((split, index) =>
      factTypes.map((factType): TargetCheck => {
        const { precision, recall } = splitRows[index]!.facts[factType];
        const target = targets[split];
        const reaches = (value: number | null) => value !== null && value >= target;
        return { split, factType, target, precision, recall, met: reaches(precision) && reaches(recall) };
      }),
    ),
    rejections: evaluations.flatMap((evaluation) =>
      evaluation.rejection === null ? [] : [{ name: evaluation.name, message: evaluation.rejection }],
    ),
  };
}

function row(options: { label: string; evaluations: TextEvaluation[] }): EvaluationRow {
  const facts = Object.fromEntries(
    factTypes.map((factType) => {
      const tally = addTallies(options.evaluations.map((evaluation) => evaluation.score.tallies[factType]));
      return [factType, { ...tally, ...rates(tally) }];
    }),
  ) as Record<FactType, Tally & Rates>;
  return { label: options.label, texts: options.evaluations.length, facts };
}

/**
 * The summary as a plain-text report: one table of precision/recall per fact type (texts, then splits, then
 * languages), the targets and whether each is met, the texts the parser refused, and with `verbose` every false
 * positive and false negative of every text.
 */
export function formatEvaluation(options: {
  summary: EvaluationSummary;
  evaluations: TextEvaluation[];
  verbose: boolean;
}): string {
  const { summary } = options;
  const labelWidth = Math.max(24, ...summary.texts.map((text) => text.label.length + 2));
  const cellWidth = 13;
  const header = `${'precision/recall'.padEnd(labelWidth)}${factTypes.map((type) => type.padStart(cellWidth)).join('')}`;
  const line = (text: EvaluationRow, indent: string) =>
    `${`${indent}${text.label}`.padEnd(labelWidth)}${factTypes
      .map((type) =>
        `${formatRate(text.facts[type].precision)}/${formatRate(text.facts[type].recall)}`.padStart(cellWidth),
      )
      .join('')}`;
  const rule = '-'.repeat(header.length);
  const lines = [
    header,
    rule,
    'texts',
    ...summary.texts.map((text) => line(text, '  ')),
    'splits (micro-averaged)',
    ...summary.splits.map((text) => line(text, '  ')),
    'languages (micro-averaged)',
    ...summary.languages.map((text) => line(text, '  ')),
    rule,
    'targets (precision and recall of every fact type)',
    ...summary.splits.map((split) => {
      const checks = summary.targets.filter((check) => check.split === split.label);
      const missed = checks.filter((check) => !check.met).map((check) => check.factType);
      const target = checks[0]?.target ?? 0;
      const verdict = missed.length === 0 ? 'met' : `missed for ${missed.join(', ')}`;
      return `  ${split.label} ≥ ${target.toFixed(2)}: ${verdict}`;
    }),
  ];
  if (summary.rejections.length > 0) {
    lines.push('rejected by the parser (every fact counted as missed)');
    for (const rejection of summary.rejections) lines.push(`  ${rejection.name}: ${rejection.message}`);
  }
  if (options.verbose) {
    for (const evaluation of options.evaluations) {
      lines.push('', `${evaluation.name}: ${evaluation.score.misses.length} misses`);
      lines.push(...evaluation.score.misses.map(formatMiss));
    }
  }
  return `${lines.join('\n')}\n`;
}

function formatRate(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

function formatMiss(miss: FactMiss): string {
  const kind = miss.kind === 'false_positive' ? 'FP' : 'FN';
  const where =
    miss.ordinal !== null
      ? `#${miss.ordinal}`
      : miss.parsedOrdinal !== null
        ? `parsed #${miss.parsedOrdinal}`
        : 'header';
  return `  ${kind} ${miss.factType.padEnd(11)} ${where.padEnd(10)} ${miss.fact}`;
}
