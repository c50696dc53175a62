/** One `sco` subcommand. `run` returns the process exit code; errors are printed by the CLI entry point. */
export interface CliCommand {
  /** One or two words, e.g. `serve` or `user add`. */
  name: string;
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}
