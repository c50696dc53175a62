import { describe, expect, it } from 'vitest';
import { migrationMismatch } from './migration-level.ts';

const database = { applied: 3, last: { hash: 'c', createdAt: 300 }, hashes: ['a', 'b', 'c'] };

describe('migrationMismatch', () => {
  it('accepts the same level and older levels of the same history', () => {
    expect(migrationMismatch({ applied: 3, last: { hash: 'c', createdAt: 300 } }, database)).toBeNull();
    expect(migrationMismatch({ applied: 2, last: { hash: 'b', createdAt: 200 } }, database)).toBeNull();
    expect(migrationMismatch({ applied: 0, last: null }, database)).toBeNull();
  });

  it('refuses a newer schema, by count or by date', () => {
    expect(migrationMismatch({ applied: 4, last: { hash: 'd', createdAt: 400 } }, database)).toBe(
      'The backup comes from a newer schema (migration 4; this database is at migration 3). ' +
        'Restore it with the version of sco that wrote it, or a later one.',
    );
    expect(migrationMismatch({ applied: 3, last: { hash: 'x', createdAt: 301 } }, database)).toMatch(
      /^The backup comes from a newer schema/,
    );
  });

  it('refuses a schema from another history', () => {
    expect(migrationMismatch({ applied: 2, last: { hash: 'other-hash-123', createdAt: 200 } }, database)).toBe(
      "The backup's schema (migration 2, hash other-hash-1) is not part of this platform's migration history.",
    );
  });
});
