import { normalizeCommuniqueText } from '../ingest/normalize-text.ts';
import { splitParagraphs } from '../ingest/split-paragraphs.ts';
import type { ExtractionGold } from './gold-schema.ts';

/**
 * Whether a gold file still describes its text: the paragraphs after the header are exactly the gold's statements,
 * and each statement's paragraph opens with the gold's `opening`. Returns the problems found, none when it fits.
 */
export function checkGoldAgainstText(options: { gold: ExtractionGold; text: string }): string[] {
  const { gold } = options;
  const paragraphs = splitParagraphs(normalizeCommuniqueText(options.text));
  const statementCount = paragraphs.length - gold.headerParagraphs;
  const problems: string[] = [];
  if (statementCount !== gold.statements.length) {
    problems.push(
      `the text has ${paragraphs.length} paragraphs: ${gold.headerParagraphs} header + ${statementCount} statements, but the gold lists ${gold.statements.length} statements`,
    );
  }
  for (const statement of gold.statements) {
    const paragraph = paragraphs[gold.headerParagraphs + statement.ordinal - 1];
    if (!paragraph) {
      problems.push(`statement ${statement.ordinal}: the text has no such paragraph`);
    } else if (!paragraph.text.startsWith(statement.opening)) {
      problems.push(
        `statement ${statement.ordinal}: the paragraph opens with "${paragraph.text.slice(0, statement.opening.length + 10)}", not "${statement.opening}"`,
      );
    }
  }
  return problems;
}
