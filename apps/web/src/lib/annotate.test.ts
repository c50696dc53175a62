import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../api/types.ts';
import { factTree, pieces, splitParagraphs } from './annotate.ts';

const fact = (kind: ExtractedFact['kind'], start: number, end: number): ExtractedFact => ({
  kind,
  refId: `${kind}-${start}`,
  span: { start, end },
});

describe('splitParagraphs', () => {
  it('keeps exact offsets and skips blank lines', () => {
    const text = 'ab\n\n  cd \nef';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['ab', 'cd', 'ef']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('factTree', () => {
  it('nests contained facts and clips crossing ones', () => {
    const tree = factTree([fact('initiative', 0, 10), fact('document', 2, 5), fact('event', 8, 14)], 0, 12);
    expect(tree).toHaveLength(1);
    // the event starts inside the initiative, so it is clipped to it and becomes its child
    expect(tree[0]?.children.map((c) => c.fact.kind)).toEqual(['document', 'event']);
    expect(tree[0]?.children[1]?.end).toBe(10);
  });

  it('covers the range with text and fact pieces', () => {
    const tree = factTree([fact('document', 3, 6)], 0, 10);
    expect(pieces(tree, 0, 10).map((p) => (p.kind === 'text' ? [p.start, p.end] : p.node.fact.kind))).toEqual([
      [0, 3],
      'document',
      [6, 10],
    ]);
  });
});
