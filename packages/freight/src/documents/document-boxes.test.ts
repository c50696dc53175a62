import { describe, expect, it } from 'vitest';
import { documentKinds } from '../vocabulary.ts';
import { documentBoxes, documentTextBoxes } from './document-boxes.ts';
import { documentFieldsSchemas } from './document-fields.ts';

describe('document boxes', () => {
  it('lay out every field of each kind exactly once', () => {
    for (const kind of documentKinds) {
      expect([...documentBoxes[kind]].sort(), kind).toEqual(Object.keys(documentFieldsSchemas[kind].shape).sort());
    }
  });

  it('offer only free-text fields of the kind for editing', () => {
    for (const kind of documentKinds) {
      for (const key of documentTextBoxes[kind]) expect(documentBoxes[kind], `${kind}.${key}`).toContain(key);
    }
  });
});
