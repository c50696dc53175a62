import type { CliCommand } from './command.ts';
import { serveCommand } from './serve-command.ts';

export const commands: readonly CliCommand[] = [serveCommand];
