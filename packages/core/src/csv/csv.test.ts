import { describe, expect, it } from 'vitest';
import { presentLocalizedText } from '../localized-text.ts';
import {
  csvByteOrderMark,
  csvField,
  csvHeader,
  csvRecords,
  csvRow,
  joinedList,
  localizedColumns,
  neutraliseFormula,
} from './csv.ts';

describe('csvField', () => {
  it('writes plain text, numbers and empty cells as they are', () => {
    expect(csvField('heads-of-government-24')).toBe('heads-of-government-24');
    expect(csvField('莫斯科')).toBe('莫斯科');
    expect(csvField(97)).toBe('97');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes fields with a comma, a quote or a line break, and doubles the quotes', () => {
    expect(csvField('Moscow, Russia')).toBe('"Moscow, Russia"');
    expect(csvField('the "SCO Plus" meeting')).toBe('"the ""SCO Plus"" meeting"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('“上合组织+”会议')).toBe('“上合组织+”会议');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('+7 495')).toBe("'+7 495");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('neutraliseFormula', () => {
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('2025-11-18')).toBe('2025-11-18');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('csvRow, csvHeader and csvRecords', () => {
  it('ends records with CRLF and starts the document with a byte order mark and the header', () => {
    expect(csvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
    const columns = [
      { header: 'id', value: (item: { id: string; n: number }) => item.id },
      { header: 'count', value: (item: { id: string; n: number }) => item.n },
    ];
    const document =
      csvByteOrderMark +
      csvHeader(columns) +
      csvRecords(columns, [
        { id: 'x', n: 1 },
        { id: 'y', n: 2 },
      ]);
    expect(document).toBe('\uFEFFid,count\r\nx,1\r\ny,2\r\n');
  });

  it('joins list values with a semicolon and a space', () => {
    expect(joinedList(['KZ', 'CN', 'RU'])).toBe('KZ; CN; RU');
    expect(joinedList([])).toBe('');
  });
});

describe('localizedColumns', () => {
  it('gives every language a text column and a provenance column, missing texts included', () => {
    const columns = localizedColumns('title', (item: { title: ReturnType<typeof presentLocalizedText> }) => item.title);
    const item = {
      title: presentLocalizedText({
        zh: { text: '莫斯科', provenance: 'official' },
        en: { text: 'Moscow', provenance: 'unofficial_translation' },
      }),
    };
    expect(columns.map((c) => c.header)).toEqual([
      'title_zh',
      'title_zh_provenance',
      'title_ru',
      'title_ru_provenance',
      'title_en',
      'title_en_provenance',
    ]);
    expect(columns.map((c) => c.value(item))).toEqual([
      '莫斯科',
      'official',
      null,
      'missing',
      'Moscow',
      'unofficial_translation',
    ]);
  });
});
