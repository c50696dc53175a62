import { describe, expect, it } from 'vitest';
import { orderByDependencies, type TableInfo } from './table-catalog.ts';

const table = (name: string, references: string[] = []): TableInfo => ({
  name,
  columns: [],
  primaryKey: [],
  references,
});
const names = (tables: TableInfo[]) => tables.map((t) => t.name);

describe('orderByDependencies', () => {
  it('puts every table after the tables it references, ties by name', () => {
    const ordered = orderByDependencies([
      table('statement_links', ['statements', 'documents']),
      table('statements', ['meetings']),
      table('sessions', ['users']),
      table('meetings'),
      table('users'),
      table('documents'),
    ]);
    expect(names(ordered)).toEqual(['documents', 'meetings', 'statements', 'statement_links', 'users', 'sessions']);
  });

  it('ignores references to oneself and to tables outside the list', () => {
    expect(names(orderByDependencies([table('b', ['b', 'elsewhere']), table('a', ['b'])]))).toEqual(['b', 'a']);
  });

  it('refuses tables that reference each other in a cycle', () => {
    expect(() => orderByDependencies([table('a', ['b']), table('b', ['a']), table('c')])).toThrow(
      'The tables a, b reference each other in a cycle; they cannot be ordered.',
    );
  });
});
