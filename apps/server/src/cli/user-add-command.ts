import type { CreateUserInput } from '../../../../packages/core/src/auth/accounts.schemas.ts';
import { systemActor } from '../../../../packages/core/src/auth/actor.ts';
import { createUser, parseCreateUserInput } from '../../../../packages/core/src/auth/create-user.ts';
import { isDomainError } from '../../../../packages/core/src/errors.ts';
import type { CliCommand } from './command.ts';
import { parseCommandArgs, usageError } from './parse-command-args.ts';
import { withPlatform } from './with-platform.ts';

const usage = 'user add --email E --password P --role R [--country CC] [--name N]';

/** The use case names fields as the API does; the CLI user typed options. */
const optionOf: Record<string, string> = {
  email: '--email',
  password: '--password',
  role: '--role',
  countryCode: '--country',
  displayName: '--name',
};

export const userAddCommand: CliCommand = {
  name: 'user add',
  usage,
  summary:
    'Create an account (roles: focal_point, secretariat, admin, business, forwarder, shipper, carrier; --country for focal points)',
  async run(args) {
    const { values } = parseCommandArgs(usage, {
      args,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        country: { type: 'string' },
        name: { type: 'string' },
      },
    });
    const missing = (['email', 'password', 'role'] as const).filter((option) => !values[option]);
    if (missing.length > 0) throw usageError(usage, `Missing ${missing.map((m) => `--${m}`).join(', ')}.`);

    const input: CreateUserInput = {
      email: values.email ?? '',
      password: values.password ?? '',
      // Checked against the roles by createUser, like every other field.
      role: values.role as CreateUserInput['role'],
      countryCode: values.country?.toUpperCase() ?? null,
      displayName: values.name,
    };
    try {
      // Bad input fails before the database is opened (and locked).
      parseCreateUserInput(input);
      const user = await withPlatform(({ db }) => createUser({ db, actor: systemActor('cli'), input }));
      console.log(
        `Created the ${user.role} ${user.email}${user.countryCode ? ` (${user.countryCode})` : ''}, id ${user.id}.`,
      );
      return 0;
    } catch (error) {
      if (isDomainError(error) && error.code === 'validation_failed' && Array.isArray(error.details?.errors)) {
        const errors = error.details.errors as { path: string; message: string }[];
        throw usageError(usage, errors.map((e) => `${optionOf[e.path] ?? e.path}: ${e.message}`).join('\n'));
      }
      throw error;
    }
  },
};
