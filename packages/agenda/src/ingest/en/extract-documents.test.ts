import { describe, expect, it } from 'vitest';
import { extractDocuments } from './extract-documents.ts';

const documents = (text: string) =>
  extractDocuments({ text, offset: 0 }).map(({ span: _span, ...document }) => document);

describe('extractDocuments', () => {
  it('reads capitalised titles without the article', () => {
    expect(
      documents(
        'The leaders approved the SCO Development Strategy until 2035 and the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States.',
      ),
    ).toEqual([
      { title: 'SCO Development Strategy until 2035', adopted: null, place: null },
      {
        title: 'Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
        adopted: null,
        place: null,
      },
    ]);
  });

  it('splits two titles joined by "and", each once', () => {
    expect(
      documents('They reaffirmed the UN Charter and the SCO Charter, guided by the UN Charter.').map((d) => d.title),
    ).toEqual(['UN Charter', 'SCO Charter']);
  });

  it('reads the adoption date and place after a title', () => {
    const text =
      'They noted the Tianjin Declaration of the Council of Heads of State (Tianjin, 1 September 2025) and the Agreement on the SCO Anti-Drug Centre (signed in 2025).';
    const found = extractDocuments({ text, offset: 100 });
    expect(found.map(({ span: _span, ...document }) => document)).toEqual([
      {
        title: 'Tianjin Declaration of the Council of Heads of State',
        adopted: { date: '2025-09-01', precision: 'day' },
        place: 'Tianjin',
      },
      {
        title: 'Agreement on the SCO Anti-Drug Centre',
        adopted: { date: '2025-01-01', precision: 'year' },
        place: null,
      },
    ]);
    expect(text.slice(found[0]!.span.start - 100, found[0]!.span.end - 100)).toBe(
      'Tianjin Declaration of the Council of Heads of State (Tianjin, 1 September 2025)',
    );
  });

  it('reads quoted titles, and joins an "On …" title to the name before it', () => {
    expect(
      documents(
        'They supported the SCO Initiative “On World Unity for a Just Peace, Harmony and Development” and the “Programme for Youth”.',
      ),
    ).toEqual([
      {
        title: 'SCO Initiative “On World Unity for a Just Peace, Harmony and Development”',
        adopted: null,
        place: null,
      },
      { title: 'Programme for Youth', adopted: null, place: null },
    ]);
  });

  it('does not read slogans, bodies or lower-case words as documents', () => {
    expect(
      documents(
        'They backed the motto “One Earth. One Family. One Future”, the SCO Development Bank and the plan of the Secretariat.',
      ),
    ).toEqual([]);
  });

  it('reads a title on through its lower-case words', () => {
    expect(
      documents(
        'They welcomed the signing of the Memorandum of Understanding between the authorised agencies of the SCO Member States on technical cooperation in the joint prevention of epizootic diseases.',
      ).map((document) => document.title),
    ).toEqual([
      'Memorandum of Understanding between the authorised agencies of the SCO Member States on technical cooperation in the joint prevention of epizootic diseases',
    ]);
    expect(
      documents('The Heads of Delegation approved the Plan of Events for holding the SCO Year of Ecology in 2024.').map(
        (document) => document.title,
      ),
    ).toEqual(['Plan of Events for holding the SCO Year of Ecology in 2024']);
    expect(
      documents('They noted the Programme of cooperation of the SCO Member States in the field of food security.').map(
        (document) => document.title,
      ),
    ).toEqual(['Programme of cooperation of the SCO Member States in the field of food security']);
  });

  it('reads a document signed under a lower-case name', () => {
    expect(
      documents(
        'They welcomed the signing by the customs services of the SCO Member States of a memorandum on the mutual integration of national transit systems.',
      ).map((document) => document.title),
    ).toEqual(['memorandum on the mutual integration of national transit systems']);
    expect(documents('They reached an agreement on the dates of the next meeting.')).toEqual([]);
  });

  it('ends a title where a phrase about it begins', () => {
    const titles = (text: string) => documents(text).map((document) => document.title);
    expect(titles('They acted in line with the SCO Charter on the basis of mutual respect.')).toEqual(['SCO Charter']);
    expect(titles('They reaffirmed their commitment to the SCO Charter and to the Shanghai Spirit.')).toEqual([
      'SCO Charter',
    ]);
    expect(
      titles(
        'They took note of the report on the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States in 2017–2018.',
      ),
    ).toEqual(['Programme of Multilateral Trade and Economic Cooperation of the SCO Member States']);
    expect(
      titles(
        'They welcomed the signing of the Programme of Cooperation in the Field of Food Security and of the Memorandum of Understanding on Veterinary Cooperation.',
      ),
    ).toEqual([
      'Programme of Cooperation in the Field of Food Security',
      'Memorandum of Understanding on Veterinary Cooperation',
    ]);
  });
});
