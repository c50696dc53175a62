import { describe, expect, it } from 'vitest';
import { aliasKey } from './alias-key.ts';
import { knownEntities, matchKnownEntity } from './known-entities.ts';

describe('knownEntities', () => {
  it('recognises each entry by its own name in every language, and by no other entry', () => {
    for (const entity of knownEntities) {
      for (const name of Object.values(entity.names)) {
        const key = aliasKey(name);
        const matching = knownEntities.filter(
          (other) => other.kind === entity.kind && other.patterns.some((pattern) => pattern.test(key)),
        );
        expect(
          matching.map((other) => other.id),
          name,
        ).toEqual([entity.id]);
      }
    }
  });

  it('has unique ids', () => {
    expect(new Set(knownEntities.map((entity) => entity.id)).size).toBe(knownEntities.length);
  });

  it('does not take a related but different title for a known one', () => {
    expect(
      matchKnownEntity({ kind: 'document', key: aliasKey('SCO Development Strategy until 2025') }),
    ).toBeUndefined();
    expect(matchKnownEntity({ kind: 'document', key: aliasKey('Хартия ЕАЭС') })).toBeUndefined();
  });
});
