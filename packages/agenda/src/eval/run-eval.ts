import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isDomainError } from '../../../core/src/errors.ts';
import { parseText } from '../ingest/parse-text.ts';
import type { ParsedText } from '../ingest/types.ts';
import { BadInput, evalFolder, loadGoldFiles } from './load-gold-files.ts';
import { scoreExtraction } from './score-extraction.ts';
import { formatEvaluation, summarizeEvaluation, type TextEvaluation } from './summarize-evaluation.ts';

const usage = 'npm run eval:ingest -- [--json] [--verbose] [--gold FOLDER]';

/** Parses one text as the platform would; a refusal (or any failure of the parser) becomes its message. */
function parseOrExplain(text: string): { parsed: ParsedText; rejection: null } | { parsed: null; rejection: string } {
  try {
    return { parsed: parseText({ text }), rejection: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { parsed: null, rejection: isDomainError(error) ? message : `parser failed: ${message}` };
  }
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      gold: { type: 'string', default: join(evalFolder, 'gold') },
    },
  });
  const splitOrder = ['seed', 'held_out'];
  const golds = (await loadGoldFiles({ goldFolder: resolve(values.gold) })).sort(
    (a, b) => splitOrder.indexOf(a.gold.split) - splitOrder.indexOf(b.gold.split) || a.name.localeCompare(b.name),
  );
  const evaluations: TextEvaluation[] = golds.map(({ name, gold, text }) => {
    const { parsed, rejection } = parseOrExplain(text);
    return { name, language: gold.language, split: gold.split, score: scoreExtraction({ gold, parsed }), rejection };
  });
  const summary = summarizeEvaluation({ evaluations });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary, evaluations }, null, 2)}\n`);
  } else {
    process.stdout.write(formatEvaluation({ summary, evaluations, verbose: values.verbose }));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const isUsage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    process.stderr.write(`eval:ingest: ${message}${isUsage ? `\nUsage: ${usage}` : ''}\n`);
    process.exitCode = error instanceof BadInput || isUsage ? 1 : 2;
  },
);
