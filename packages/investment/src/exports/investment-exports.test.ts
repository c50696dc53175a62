import { describe, expect, it } from 'vitest';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { localizedTextIn, userTextIn } from './export-texts.ts';
import { csvLines, csvStart, investmentExports } from './investment-exports.ts';

describe('investment CSV lines', () => {
  it('starts with the byte order mark and the header of the dataset', () => {
    const start = csvStart('parks');
    expect(start.startsWith('\uFEFFid,name,name_language,name_provenance,kind,')).toBe(true);
    expect(start.endsWith('\r\n')).toBe(true);
  });

  it('neutralises formulas, quotes separators and joins lists', () => {
    const columns = investmentExports.projects.columns;
    const record = Object.fromEntries(columns.map((column) => [column, null]));
    const line = csvLines('projects', [
      {
        ...record,
        id: 'p1',
        title: '=cmd|"/c calc"!A1',
        summary: '+1, -1',
        sponsor_name: '@SUM(A1)',
        region_name: '\tTab',
        keywords: ['solar', 'storage'],
        sdgs: [7, 13],
        stale: false,
        demo: true,
        capital_cost: 1500000.5,
      },
    ]);
    const cells = new Map(columns.map((column, index) => [column, index]));
    expect(line.endsWith('\r\n')).toBe(true);
    expect(line).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(line).toContain(`"'+1, -1"`);
    expect(line).toContain(`'@SUM(A1)`);
    expect(line).toContain(`'\tTab`);
    expect(line).toContain('solar; storage');
    expect(line).toContain('7; 13');
    expect(line).toContain('1500000.5');
    expect(cells.get('demo')).toBeGreaterThan(cells.get('stale') ?? Number.POSITIVE_INFINITY);
    expect(line).toContain('false,true,');
  });
});

describe('texts of exported records', () => {
  it('gives an owner text in the requested language, or its original language, and says which', () => {
    const text = { zh: null, ru: 'Ветропарк', en: 'Wind farm', original: 'ru' as const };
    expect(userTextIn(text, 'en')).toEqual({ text: 'Wind farm', language: 'en' });
    expect(userTextIn(text, 'zh')).toEqual({ text: 'Ветропарк', language: 'ru' });
  });

  it('gives a record text in the requested language, else the official text, with its provenance', () => {
    const text = presentLocalizedText({
      zh: { text: '海南自由贸易港', provenance: 'official' },
      en: { text: 'Hainan Free Trade Port', provenance: 'unofficial_translation' },
    });
    expect(localizedTextIn(text, 'en')).toEqual({
      text: 'Hainan Free Trade Port',
      language: 'en',
      provenance: 'unofficial_translation',
    });
    expect(localizedTextIn(text, 'ru')).toEqual({ text: '海南自由贸易港', language: 'zh', provenance: 'official' });
    expect(localizedTextIn(presentLocalizedText({}), 'ru')).toEqual({
      text: null,
      language: null,
      provenance: 'missing',
    });
  });
});
