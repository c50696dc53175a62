import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseText } from '../../../../packages/agenda/src/ingest/parse-text.ts';
import { summarizeCommunique } from '../../../../packages/agenda/src/ingest/summarize-communique.ts';
import type { ParsedText } from '../../../../packages/agenda/src/ingest/types.ts';
import { ingestText } from '../../../../packages/agenda/src/persistence/publish-text.ts';
import { createDraft } from '../../../../packages/agenda/src/review/draft-commands.ts';
import { systemActor } from '../../../../packages/core/src/auth/actor.ts';
import { DomainError } from '../../../../packages/core/src/errors.ts';
import { readConfig } from '../config.ts';
import { openPlatform } from '../platform.ts';
import type { CliCommand } from './command.ts';
import { createProgressBar } from './progress-bar.ts';

/** Files named on the command line; a folder stands for the .txt files directly inside it, in name order. */
async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new DomainError('validation_failed', `${path}: no such file or folder.`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.txt')).sort();
      if (names.length === 0) throw new DomainError('validation_failed', `${path}: the folder holds no .txt files.`);
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Reads and parses every file first, so one bad file stops the run before anything is written. */
async function parseAll(files: string[]): Promise<{ file: string; text: string; parsed: ParsedText }[]> {
  const results: { file: string; text: string; parsed: ParsedText }[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD') || bytes.includes(0)) {
      throw new DomainError('ingest_rejected', `${file}: not UTF-8 text.`);
    }
    try {
      results.push({ file, text, parsed: parseText({ text }) });
    } catch (error) {
      if (error instanceof DomainError) throw new DomainError(error.code, `${file}: ${error.message}`, error.details);
      throw error;
    }
  }
  return results;
}

export const ingestCommand: CliCommand = {
  name: 'ingest',
  usage: 'ingest FILE|FOLDER... [--publish] [--unofficial] [--source-note TEXT] [--json]',
  summary:
    'Ingest SCO texts (Chinese, Russian, English) for review; --publish skips review; --json prints the result and writes nothing',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        publish: { type: 'boolean', default: false },
        unofficial: { type: 'boolean', default: false },
        'source-note': { type: 'string' },
      },
      allowPositionals: true,
    });
    if (positionals.length === 0)
      throw new DomainError('validation_failed', 'Name at least one file or folder to ingest.');
    const inputs = await parseAll(await expandInputs(positionals));
    if (values.json) {
      const output = inputs.map(({ file, parsed }) => ({ file, summary: summarizeCommunique(parsed), ...parsed }));
      process.stdout.write(`${JSON.stringify(output.length === 1 ? output[0] : output, null, 2)}\n`);
      return 0;
    }
    const origin = {
      provenance: values.unofficial ? ('unofficial_translation' as const) : ('official' as const),
      sourceNote: values['source-note']?.trim() || null,
    };
    const connection = await openPlatform({ config: readConfig() });
    try {
      const progress = createProgressBar({ total: inputs.length, stream: process.stderr });
      for (const { file, text, parsed } of inputs) {
        const counts = summarizeCommunique(parsed);
        const facts =
          `${parsed.language}, ${counts.statements} statements, ${counts.distinctDocuments} documents, ` +
          `${counts.events} events, ${counts.initiatives} initiatives, ${counts.participants} participants`;
        if (values.publish) {
          const result = await ingestText({ db: connection.db, parsed, origin, actor: systemActor('cli:ingest') });
          progress.tick(`${file}: ${result.outcome} ${result.meetingId}`);
          console.log(`${file}: ${result.outcome} ${result.meetingId} (${result.mode}) — ${facts}`);
        } else {
          const draft = await createDraft({
            db: connection.db,
            text,
            fileName: basename(file),
            ...origin,
            actor: systemActor('cli:ingest'),
          });
          progress.tick(`${file}: ${draft.outcome} draft ${draft.id}`);
          const state = draft.outcome === 'created' ? 'waiting for review' : 'already ingested';
          console.log(`${file}: ${state} — draft ${draft.id} for ${draft.meetingId} (${draft.mode}) — ${facts}`);
        }
      }
      progress.done();
    } finally {
      await connection.close();
    }
    return 0;
  },
};
