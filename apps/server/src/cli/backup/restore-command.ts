import type { CliCommand } from '../command.ts';
import { parseCommandArgs, usageError } from '../parse-command-args.ts';
import { withPlatform } from '../with-platform.ts';
import { readDumpFile } from './dump-file.ts';
import { restoreDatabase } from './restore-database.ts';

const usage = 'restore FILE [--force]';

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage,
  summary: 'Load a backup in one transaction; --force replaces a database that is not empty',
  async run(args) {
    const { values, positionals } = parseCommandArgs(usage, {
      args,
      options: { force: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw usageError(usage, 'Name exactly one backup file.');
    // Read and check the whole file before the database is opened.
    const dump = await readDumpFile(file);
    const summary = await withPlatform(({ db }) => restoreDatabase({ db, dump, force: values.force ?? false }));
    console.log(
      `Restored ${summary.tables} tables, ${summary.rows} rows, from ${file}. Audit log OK: ${summary.auditEntries} entries checked.`,
    );
    return 0;
  },
};
