import { describe, expect, it } from 'vitest';
import { extractDocuments } from './extract-documents.ts';

describe('extractDocuments', () => {
  it('reads the adoption date and place from the parenthesis right after the title', () => {
    const text =
      '各代表团团长强调，有效落实《上合组织成员国人工智能领域合作发展规划实施路线图》（2025年6月12日，成都）十分重要。';
    const [document] = extractDocuments({ text, offset: 100 });
    expect(document).toEqual({
      title: '上合组织成员国人工智能领域合作发展规划实施路线图',
      adopted: { date: '2025-06-12', precision: 'day' },
      place: '成都',
      span: { start: 100 + text.indexOf('《'), end: 100 + text.indexOf('）') + 1 },
    });
  });

  it('reads 通过 and 签署 notes as a date without a place', () => {
    const text =
      '根据《联合国教科文组织宪章》（1945年通过）以及《上合组织成员国政府间文化遗产保护合作协定》（2021年签署），注意到…';
    expect(
      extractDocuments({ text, offset: 0 }).map(({ title, adopted, place }) => ({ title, adopted, place })),
    ).toEqual([
      { title: '联合国教科文组织宪章', adopted: { date: '1945-01-01', precision: 'year' }, place: null },
      {
        title: '上合组织成员国政府间文化遗产保护合作协定',
        adopted: { date: '2021-01-01', precision: 'year' },
        place: null,
      },
    ]);
  });

  it('keeps nested 〈〉 titles and parentheses inside the title as written', () => {
    const text =
      '在《〈上合组织成员国发展创意经济合作框架〉实施计划》（2025年9月6日，符拉迪沃斯托克）和《上合组织未来10年（2026－2035年）发展战略》基础上';
    const documents = extractDocuments({ text, offset: 0 });
    expect(documents.map((document) => document.title)).toEqual([
      '〈上合组织成员国发展创意经济合作框架〉实施计划',
      '上合组织未来10年（2026－2035年）发展战略',
    ]);
    expect(documents[0]!.place).toBe('符拉迪沃斯托克');
    expect(documents[1]!.adopted).toBeNull();
  });

  it('keeps a title nested in 《》 inside its outer title', () => {
    const [document] = extractDocuments({ text: '批准了《关于落实《纲要》的报告》。', offset: 0 });
    expect(document!.title).toBe('关于落实《纲要》的报告');
  });

  it('ignores parentheses that are not adoption data and cites each title once', () => {
    const text = '恪守《联合国宪章》（包括序言）和《联合国宪章》所载明的准则';
    const documents = extractDocuments({ text, offset: 0 });
    expect(documents).toEqual([{ title: '联合国宪章', adopted: null, place: null, span: { start: 2, end: 9 } }]);
  });

  it('cites nothing for an unclosed title', () => {
    expect(extractDocuments({ text: '依托《上合组织未来', offset: 0 })).toEqual([]);
  });
});
