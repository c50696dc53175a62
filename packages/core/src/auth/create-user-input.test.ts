import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { CreateUserInput } from './accounts.schemas.ts';
import { parseCreateUserInput } from './create-user.ts';

const valid: CreateUserInput = { email: 'someone@example.org', password: 'twelve chars', role: 'secretariat' };
const members = 'BY, CN, IN, IR, KG, KZ, PK, RU, TJ, UZ';

function problemsOf(input: unknown): { path: string; message: string }[] {
  try {
    parseCreateUserInput(input as CreateUserInput);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
    return (error as DomainError).details?.errors as { path: string; message: string }[];
  }
  throw new Error('expected validation to fail');
}

describe('the account rules', () => {
  it('accept each role with what it needs', () => {
    expect(parseCreateUserInput(valid)).toMatchObject({ role: 'secretariat' });
    expect(parseCreateUserInput({ ...valid, role: 'admin', countryCode: null, displayName: 'Admin' })).toMatchObject({
      displayName: 'Admin',
    });
    expect(parseCreateUserInput({ ...valid, role: 'focal_point', countryCode: 'RU' })).toMatchObject({
      countryCode: 'RU',
    });
  });

  it.each([
    [{ ...valid, email: 'no-at-sign' }, 'email', 'Enter a valid e-mail address, such as name@example.org.'],
    [{ ...valid, email: undefined }, 'email', 'The e-mail address is required.'],
    [{ ...valid, password: 'elevenchars' }, 'password', 'The password must be at least 12 characters long.'],
    [{ ...valid, password: 'x'.repeat(1025) }, 'password', 'The password can be at most 1024 characters long.'],
    [
      { ...valid, role: 'root' },
      'role',
      'The role must be one of: focal_point, secretariat, admin, business, forwarder, shipper, carrier.',
    ],
    [{ ...valid, displayName: '' }, 'displayName', 'The display name cannot be empty.'],
    [{ ...valid, role: 'focal_point' }, 'countryCode', `A focal point needs a country: one of ${members}.`],
    [
      { ...valid, role: 'focal_point', countryCode: 'TM' },
      'countryCode',
      `"TM" is not an SCO member state; use one of ${members}.`,
    ],
    [
      { ...valid, role: 'focal_point', countryCode: 'XX' },
      'countryCode',
      `"XX" is not an SCO member state; use one of ${members}.`,
    ],
    [
      { ...valid, role: 'admin', countryCode: 'CN' },
      'countryCode',
      'Only focal points have a country; leave it empty for the role admin.',
    ],
  ])('refuse %j', (input, path, message) => {
    expect(problemsOf(input)).toEqual([{ path, message }]);
  });

  it('report every problem at once, joined in the message', () => {
    try {
      parseCreateUserInput({ email: 'bad', password: 'short', role: 'focal_point' });
      throw new Error('expected validation to fail');
    } catch (error) {
      expect((error as DomainError).message).toBe(
        'email: Enter a valid e-mail address, such as name@example.org.; ' +
          'password: The password must be at least 12 characters long.; ' +
          `countryCode: A focal point needs a country: one of ${members}.`,
      );
    }
  });
});
