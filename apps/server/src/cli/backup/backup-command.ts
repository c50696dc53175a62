import type { CliCommand } from '../command.ts';
import { parseCommandArgs, usageError } from '../parse-command-args.ts';
import { withPlatform } from '../with-platform.ts';
import { dumpDatabase } from './dump-database.ts';
import { writeDumpFile } from './dump-file.ts';

const usage = 'backup FILE[.gz]';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage,
  summary: 'Write every table to one JSON file (gzip when FILE ends in .gz); either engine',
  async run(args) {
    const { positionals } = parseCommandArgs(usage, { args, options: {}, allowPositionals: true });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw usageError(usage, 'Name exactly one file to write.');
    const dump = await withPlatform(({ db, engine }) => dumpDatabase({ db, engine }));
    const { bytes } = await writeDumpFile(file, dump);
    const rows = dump.tables.reduce((sum, t) => sum + t.rows.length, 0);
    console.log(
      `Backed up ${dump.tables.length} tables, ${rows} rows, at migration ${dump.schema.applied}, to ${file} (${bytes} bytes).`,
    );
    return 0;
  },
};
