import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../../packages/core/src/errors.ts';
import { type Dump, parseDump } from './dump-file.ts';

const dump: Dump = {
  format: 'sco-backup',
  formatVersion: 1,
  createdAt: '2026-11-27T00:00:00.000Z',
  engine: 'pglite',
  schema: { applied: 2, last: { hash: 'abc', createdAt: 1 } },
  tables: [{ name: 'users', columns: ['id', 'email'], rows: [{ id: 'u1', email: 'a@example.org' }] }],
};
const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

const messageOf = (content: Buffer): string => {
  try {
    parseDump(content, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error('expected the file to be refused');
};

describe('parseDump', () => {
  it('reads plain and gzip-compressed files alike', () => {
    expect(parseDump(bytes(dump), 'x.json')).toEqual(dump);
    expect(parseDump(gzipSync(bytes(dump)), 'x.json')).toEqual(dump);
  });

  it('refuses what is not a backup, saying why', () => {
    expect(messageOf(Buffer.from('hello'))).toBe('x.json is not an sco backup: not JSON.');
    expect(messageOf(Buffer.from([0x1f, 0x8b, 1, 2, 3]))).toBe('x.json is not an sco backup: damaged gzip data.');
    expect(messageOf(bytes({ tables: [] }))).toBe('x.json is not an sco backup: no "format": "sco-backup" header.');
    expect(messageOf(bytes({ ...dump, tables: [{ name: 'users', columns: ['id'], rows: 'many' }] }))).toBe(
      'x.json is not an sco backup: tables.0.rows: Invalid input: expected array, received string.',
    );
  });

  it('refuses a file written in a later format', () => {
    expect(messageOf(bytes({ ...dump, formatVersion: 2 }))).toBe(
      'x.json was written in backup format 2; this version of sco reads format 1 and older. Use a newer sco.',
    );
  });
});
