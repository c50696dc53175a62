import { describe, expect, it } from 'vitest';
import { alignParagraphs } from './align-paragraphs.ts';

const zh = [
  '各代表团团长指出，2025年9月1日在天津举行的元首理事会会议取得成功。',
  '各代表团团长支持加快建立上合组织开发银行。',
  '各代表团团长强调，必须落实《上合组织至2030年经济发展战略》，推进多边经贸合作，扩大本币结算份额。',
  '各代表团团长注意到2026年在比什凯克举办上合组织投资论坛的建议。',
  '下次政府首脑（总理）理事会会议将于2026年在塔吉克斯坦共和国举行。',
].map((text, index) => ({ ordinal: index + 1, text }));

const en = [
  'The Heads of Delegation noted the success of the meeting of the Council of Heads of State held in Tianjin on 1 September 2025.',
  'The Heads of Delegation supported speeding up the establishment of the SCO Development Bank.',
  'The Heads of Delegation stressed the need to implement the SCO Economic Development Strategy until 2030, advance multilateral trade and economic cooperation and increase the share of national currencies in settlements.',
  'The Heads of Delegation noted the proposal to hold an SCO Investment Forum in Bishkek in 2026.',
  'The next meeting of the Council of Heads of Government (Prime Ministers) will be held in the Republic of Tajikistan in 2026.',
].map((text, index) => ({ ordinal: index + 1, text }));

describe('alignParagraphs', () => {
  it('pairs parallel versions one to one', () => {
    const { pairs, report } = alignParagraphs({ primary: zh, version: en });
    expect(pairs).toEqual(
      zh.map((paragraph) => ({ primaryOrdinal: paragraph.ordinal, versionOrdinal: paragraph.ordinal })),
    );
    expect(report).toEqual({ paired: 5, missingInVersion: [], extraInVersion: [], suspect: [] });
  });

  it('reports a paragraph the version lacks instead of shifting the rest', () => {
    const version = en.filter((paragraph) => paragraph.ordinal !== 3);
    const { pairs, report } = alignParagraphs({ primary: zh, version });
    expect(report.missingInVersion).toEqual([3]);
    expect(pairs).toContainEqual({ primaryOrdinal: 4, versionOrdinal: 4 });
    expect(pairs).toContainEqual({ primaryOrdinal: 5, versionOrdinal: 5 });
  });

  it('reports a paragraph only the version has', () => {
    const extra = {
      ordinal: 99,
      text: 'The Heads of Delegation welcomed the results of the 2024 and 2025 forums held in 2023 2022.',
    };
    const version = [...en.slice(0, 2), extra, ...en.slice(2)].map((paragraph, index) => ({
      ...paragraph,
      ordinal: index + 1,
    }));
    const { report } = alignParagraphs({ primary: zh, version });
    expect(report.extraInVersion).toEqual([3]);
    expect(report.paired).toBe(5);
  });

  it('flags a pair whose numbers disagree', () => {
    const version = en.map((paragraph) =>
      paragraph.ordinal === 4 ? { ...paragraph, text: paragraph.text.replace('2026', '2031') } : paragraph,
    );
    const { report } = alignParagraphs({ primary: zh, version });
    expect(report.suspect).toEqual([{ ordinal: 4, reason: 'numbers_differ' }]);
  });
});

describe('alignParagraphs with numbered paragraphs', () => {
  it('ignores the paragraph numbers one version has and the other lacks', () => {
    const numbered = zh.map((paragraph) => ({ ...paragraph, text: `${paragraph.ordinal + 9}. ${paragraph.text}` }));
    expect(alignParagraphs({ primary: numbered, version: en }).report.suspect).toEqual([]);
  });
});
