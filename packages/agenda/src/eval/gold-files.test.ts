import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCountry } from '../../../core/src/countries.ts';
import { checkGoldAgainstText } from './check-gold-text.ts';
import { parseGold } from './gold-schema.ts';
import { evalFolder } from './load-gold-files.ts';

const goldFolder = join(evalFolder, 'gold');
const goldFiles = readdirSync(goldFolder)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('gold files of the extraction evaluation', () => {
  it('cover the seed and held-out texts in every working language', () => {
    const golds = goldFiles.map((name) => JSON.parse(readFileSync(join(goldFolder, name), 'utf8')));
    expect(golds.some((gold) => gold.split === 'seed')).toBe(true);
    for (const language of ['zh', 'ru', 'en']) {
      expect(golds.some((gold) => gold.split === 'held_out' && gold.language === language)).toBe(true);
    }
  });

  describe.each(goldFiles)('%s', (name) => {
    const json: unknown = JSON.parse(readFileSync(join(goldFolder, name), 'utf8'));
    const result = parseGold({ json });

    it('fits the schema', () => {
      expect('problems' in result ? result.problems : []).toEqual([]);
    });

    if (!('gold' in result)) return;
    const { gold } = result;
    const textPath = resolve(evalFolder, gold.text);

    it('names a text that exists', () => {
      expect(existsSync(textPath)).toBe(true);
    });

    it('lists exactly the statements of its text, each opening as the gold says', () => {
      expect(checkGoldAgainstText({ gold, text: readFileSync(textPath, 'utf8') })).toEqual([]);
    });

    it('names only known countries', () => {
      const codes = [
        gold.header.chairCountry,
        ...gold.header.headsOfDelegation,
        ...gold.header.guestCountries,
        ...gold.statements.flatMap((statement) => statement.actorCountries ?? []),
      ].filter((code) => code !== null);
      expect(codes.filter((code) => !findCountry(code))).toEqual([]);
    });
  });
});

describe('parseGold', () => {
  const valid = {
    text: 'texts/x.txt',
    language: 'en',
    split: 'held_out',
    headerParagraphs: 3,
    header: {
      body: 'heads_of_government',
      number: 19,
      start: '2020-11-30',
      end: '2020-11-30',
      place: '',
      format: 'video',
      chairCountry: 'IN',
      headsOfDelegation: ['IN'],
      guestOrganizationCount: 0,
      guestCountries: [],
    },
    statements: [
      {
        ordinal: 1,
        opening: 'The',
        stance: 'noted',
        actorKind: 'heads_of_delegation',
        documents: [],
        events: [],
        initiatives: [],
      },
    ],
  };

  it('accepts a well-formed gold', () => {
    expect('gold' in parseGold({ json: valid })).toBe(true);
  });

  it('names the bad field', () => {
    const result = parseGold({
      json: {
        ...valid,
        header: { ...valid.header, start: '30 November 2020' },
        statements: [{ ...valid.statements[0], stance: 'agreed' }],
      },
    });
    expect(result).toEqual({
      problems: [
        'header.start: expected YYYY, YYYY-MM or YYYY-MM-DD',
        expect.stringMatching(/^statements\.0\.stance: /),
      ],
    });
  });

  it('names statements out of order and a list of states missing for named_states', () => {
    const result = parseGold({
      json: { ...valid, statements: [{ ...valid.statements[0], ordinal: 2, actorKind: 'named_states' }] },
    });
    expect(result).toEqual({
      problems: [
        'statements.0.actorCountries: named_states needs the list of states',
        'statements.0.ordinal: expected 1: statements are listed in order, each once',
      ],
    });
  });
});
