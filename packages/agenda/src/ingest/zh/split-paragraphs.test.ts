import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../split-paragraphs.ts';
import { splitStatements } from './split-statements.ts';

describe('splitParagraphs', () => {
  it('takes each non-blank line, trimmed, with its span', () => {
    const text = '\n标题\n第一段。  \n\n  第二段。\n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['标题', '第一段。', '第二段。']);
    for (const paragraph of paragraphs) {
      expect(text.slice(paragraph.span.start, paragraph.span.end)).toBe(paragraph.text);
    }
  });
});

describe('splitStatements', () => {
  it('numbers the paragraphs after the header from 1', () => {
    const paragraphs = splitParagraphs('标题\n开头\n甲。\n乙。');
    expect(splitStatements({ paragraphs, headerParagraphCount: 2 })).toEqual([
      { ordinal: 1, text: '甲。', span: { start: 6, end: 8 } },
      { ordinal: 2, text: '乙。', span: { start: 9, end: 11 } },
    ]);
  });
});
