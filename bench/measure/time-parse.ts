import { readFileSync } from 'node:fs';
import { normalizeCommuniqueText } from '../../packages/agenda/src/ingest/normalize-text.ts';
import { parseText } from '../../packages/agenda/src/ingest/parse-text.ts';
import { parseChineseText } from '../../packages/agenda/src/ingest/zh/parse-chinese-text.ts';
import { seedFile } from '../data/seed-corpus.ts';
import { type Distribution, distribution } from '../support/stats.ts';

export interface ParseTiming {
  iterations: number;
  /** Reading the seed file and normalising it (BOM, line ends): the floor any parse pays. */
  baseline: Distribution & { perSecond: number };
  /** parseChineseText on the text already in memory. */
  parse: Distribution & { perSecond: number };
  /** parseText (language detection included) on the Russian and English seed texts, in memory. */
  russian: Distribution & { perSecond: number };
  english: Distribution & { perSecond: number };
}

const russianSeed = new URL('../../packages/agenda/seed/communique-18-ru.txt', import.meta.url);
const englishSeed = new URL('../../packages/agenda/seed/declaration-25-tianjin-en.txt', import.meta.url);

function timeEach(iterations: number, work: () => unknown) {
  for (let i = 0; i < Math.min(20, iterations); i++) work(); // warm-up: JIT and ICU caches
  const times: number[] = [];
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    sink += work() ? 1 : 0;
    times.push(performance.now() - t0);
  }
  const totalMs = performance.now() - start;
  if (sink < 0) console.log(sink);
  return { ...distribution(times), perSecond: (iterations * 1000) / totalMs };
}

export function timeParse(iterations: number): ParseTiming {
  const text = readFileSync(seedFile, 'utf8');
  const russian = readFileSync(russianSeed, 'utf8');
  const english = readFileSync(englishSeed, 'utf8');
  return {
    iterations,
    baseline: timeEach(iterations, () => normalizeCommuniqueText(readFileSync(seedFile, 'utf8'))),
    parse: timeEach(iterations, () => parseChineseText({ text })),
    russian: timeEach(iterations, () => parseText({ text: russian })),
    english: timeEach(iterations, () => parseText({ text: english })),
  };
}
