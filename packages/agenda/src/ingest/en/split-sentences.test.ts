import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it('ends sentences at full stops, but not after initials or inside quotations', () => {
    const text =
      'Minister S. Jaishankar and Prime Minister A.A. Smailov took part. They backed the motto “One Earth. One Family. One Future”. The meeting ended.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Minister S. Jaishankar and Prime Minister A.A. Smailov took part.',
      'They backed the motto “One Earth. One Family. One Future”.',
      'The meeting ended.',
    ]);
  });

  it('ends a sentence after a short surname', () => {
    expect(splitSentences('The meeting was chaired by President Xi. The leaders met.')).toHaveLength(2);
  });

  it('gives spans into the paragraph', () => {
    const text = 'One sentence.  Two sentences.';
    const [, second] = splitSentences(text);
    expect(second!.span).toEqual({ start: 15, end: text.length });
  });
});
