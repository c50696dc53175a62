import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGoldAgainstText } from './check-gold-text.ts';
import { type ExtractionGold, parseGold } from './gold-schema.ts';

/** Where the gold files and texts live: `packages/agenda/eval/`. Gold files are `gold/*.json`. */
export const evalFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../eval');

/** A gold file that cannot be scored: unreadable, not JSON, not fitting the schema, or not fitting its text. */
export class BadInput extends Error {}

export interface LoadedGold {
  /** The gold file's name without `.json`. */
  name: string;
  gold: ExtractionGold;
  text: string;
}

/**
 * Reads every `*.json` in `goldFolder`, validates it and reads the text it names (relative to the folder's parent).
 * Throws `BadInput` naming the file and the bad field at the first problem.
 */
export async function loadGoldFiles(options: { goldFolder: string }): Promise<LoadedGold[]> {
  const names = (await readdir(options.goldFolder).catch(() => null))?.filter((name) => name.endsWith('.json'));
  if (!names) throw new BadInput(`${options.goldFolder}: no such folder`);
  if (names.length === 0) throw new BadInput(`${options.goldFolder}: holds no gold files (*.json)`);
  const loaded: LoadedGold[] = [];
  for (const fileName of names.sort()) {
    const path = join(options.goldFolder, fileName);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new BadInput(`${path}: not valid JSON (${(error as Error).message})`);
    }
    const result = parseGold({ json });
    if ('problems' in result) throw new BadInput(`${path}: ${result.problems.join('; ')}`);
    const textPath = resolve(options.goldFolder, '..', result.gold.text);
    const text = await readFile(textPath, 'utf8').catch(() => null);
    if (text === null) throw new BadInput(`${path}: text: ${textPath} cannot be read`);
    const problems = checkGoldAgainstText({ gold: result.gold, text });
    if (problems.length > 0) throw new BadInput(`${path}: does not fit ${result.gold.text}: ${problems.join('; ')}`);
    loaded.push({ name: basename(fileName, '.json'), gold: result.gold, text });
  }
  return loaded;
}
