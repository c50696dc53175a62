import { describe, expect, it } from 'vitest';
import { normalizeCommuniqueText } from './normalize-text.ts';

describe('normalizeCommuniqueText', () => {
  it('strips a byte-order mark and turns CRLF and lone CR into LF', () => {
    expect(normalizeCommuniqueText('\uFEFF第一段\r\n第二段\r第三段\n')).toBe('第一段\n第二段\n第三段\n');
  });

  it('leaves everything else as it is, so offsets keep pointing at the source characters', () => {
    const text = '  各代表团团长强调，…。\n\n\t会议…\n';
    expect(normalizeCommuniqueText(text)).toBe(text);
  });
});
