import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DomainError } from '../../../../packages/core/src/errors.ts';

/**
 * `parseArgs` (strict unless the config says otherwise), with its complaints (unknown option, missing value)
 * turned into a message that shows the usage.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError(usage, (error as Error).message);
  }
}

export const usageError = (usage: string, problem: string): DomainError =>
  new DomainError('validation_failed', `${problem}\nUsage: sco ${usage}`);
