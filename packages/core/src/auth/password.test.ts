import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, verifyPasswordOfNobody } from './password.ts';

describe('password hashing', () => {
  it('produces argon2id hashes with the OWASP baseline parameters and a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('answers false, without throwing, for a hash it cannot read', async () => {
    expect(await verifyPassword('not a hash', 'whatever password')).toBe(false);
    expect(await verifyPassword('', 'whatever password')).toBe(false);
  });

  it('answers false for nobody, whatever the password', async () => {
    expect(await verifyPasswordOfNobody('decoy password that no account has')).toBe(false);
  });
});
