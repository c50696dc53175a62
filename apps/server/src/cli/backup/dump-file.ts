import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { DomainError } from '../../../../../packages/core/src/errors.ts';

/**
 * The backup file: a portable logical dump of every platform table in one JSON document (gzip-compressed when
 * the file name ends in .gz). Rows are objects keyed by column name, in the JSON form PostgreSQL gives them
 * (`to_jsonb`); bigint and numeric values are strings so that no digits are lost.
 */
export const dumpFormat = 'sco-backup';
/** Raise when the layout of the file changes; restore refuses files of a later version. */
export const dumpFormatVersion = 1;

const migrationLevelSchema = z.object({
  applied: z.number().int().nonnegative(),
  last: z.object({ hash: z.string(), createdAt: z.number() }).nullable(),
});

export const dumpSchema = z.object({
  format: z.literal(dumpFormat),
  formatVersion: z.number().int().positive(),
  createdAt: z.string(),
  /** Where it was taken; informational, a dump restores on either engine. */
  engine: z.enum(['pglite', 'postgres']),
  schema: migrationLevelSchema,
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)),
      rows: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
});
export type Dump = z.infer<typeof dumpSchema>;

/** Writes the whole file under a temporary name and renames it into place, so a failed run leaves no partial file. */
export async function writeDumpFile(path: string, dump: Dump): Promise<{ bytes: number }> {
  const json = Buffer.from(JSON.stringify(dump));
  const content = path.endsWith('.gz') ? gzipSync(json) : json;
  const temporary = `${path}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    throw new DomainError('validation_failed', `Cannot write ${path}: ${reason}.`);
  }
  return { bytes: content.length };
}

/** Reads and checks a backup file; anything but a backup this version can read is refused with the reason. */
export async function readDumpFile(path: string): Promise<Dump> {
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    throw new DomainError('validation_failed', `Cannot read ${path}: ${(error as Error).message}`);
  }
  return parseDump(content, path);
}

/** Parses file content (plain or gzip, recognised by its magic bytes). */
export function parseDump(content: Buffer, name: string): Dump {
  const notBackup = (why: string) => new DomainError('validation_failed', `${name} is not an sco backup: ${why}.`);
  let text: string;
  try {
    text = (content[0] === 0x1f && content[1] === 0x8b ? gunzipSync(content) : content).toString('utf8');
  } catch {
    throw notBackup('damaged gzip data');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw notBackup('not JSON');
  }
  const header = z.object({ format: z.literal(dumpFormat), formatVersion: z.number() }).safeParse(value);
  if (!header.success) throw notBackup(`no "format": "${dumpFormat}" header`);
  if (header.data.formatVersion > dumpFormatVersion) {
    throw new DomainError(
      'validation_failed',
      `${name} was written in backup format ${header.data.formatVersion}; this version of sco reads format ${dumpFormatVersion} and older. Use a newer sco.`,
    );
  }
  const parsed = dumpSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw notBackup(`${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'unexpected content'}`);
  }
  return parsed.data;
}
