import { describe, expect, it } from 'vitest';
import { projectInputSchema } from './contracts.ts';
import { isLanguageCode, isRegionCodeOf } from './project-validation.ts';

const valid = {
  title: { zh: '铜线厂' },
  summary: { zh: '为地区电缆工业生产铜线的工厂。' },
  sponsorName: 'Steppe Metals',
  countryCode: 'kz',
  regionCode: 'kz-kar',
  isicDivision: '24',
  stage: 'idea',
  capitalCost: 1000,
  currency: 'kzt',
  financingInstruments: ['grant'],
  financingAmount: 1000,
  contact: { name: 'A. Sadykova', email: 'a@example.org' },
};

const issuesOf = (input: unknown) => {
  const result = projectInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('project input', () => {
  it('accepts a minimal project, normalising codes', () => {
    const parsed = projectInputSchema.parse(valid);
    expect(parsed).toMatchObject({ countryCode: 'KZ', regionCode: 'KZ-KAR', currency: 'KZT', sdgs: [], keywords: [] });
    expect(parsed.title).toEqual({ zh: '铜线厂' });
  });

  it('allows financing equal to the cost but not above it', () => {
    expect(issuesOf({ ...valid, financingAmount: 1000.01 })).toEqual(['financingAmount']);
    expect(issuesOf({ ...valid, financingAmount: 0 })).toEqual([]);
  });

  it('wants both coordinates or neither, each within range', () => {
    expect(issuesOf({ ...valid, latitude: 43.2 })).toEqual(['longitude']);
    expect(issuesOf({ ...valid, latitude: 43.2, longitude: 181 })).toEqual(['longitude']);
    expect(issuesOf({ ...valid, latitude: -90, longitude: 180 })).toEqual([]);
  });

  it('names every bad field', () => {
    expect(
      issuesOf({
        ...valid,
        currency: 'ABC',
        capitalCost: -1,
        stage: 'done',
        sdgs: [0, 9],
        financingInstruments: ['loan'],
      }),
    ).toEqual(expect.arrayContaining(['currency', 'capitalCost', 'stage', 'sdgs.0', 'financingInstruments.0']));
    expect(issuesOf({ ...valid, sdgs: [9, 9] })).toEqual(['sdgs']);
  });
});

describe('codes', () => {
  it('checks the country prefix of a subdivision', () => {
    expect(isRegionCodeOf({ regionCode: 'KZ-ALA', countryCode: 'KZ' })).toBe(true);
    expect(isRegionCodeOf({ regionCode: 'UZ-TK', countryCode: 'KZ' })).toBe(false);
    expect(isRegionCodeOf({ regionCode: 'KZ-ALMATY', countryCode: 'KZ' })).toBe(false);
  });

  it('knows ISO 639-1 languages', () => {
    expect(isLanguageCode('kk')).toBe(true);
    expect(isLanguageCode('tg')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(isLanguageCode('rus')).toBe(false);
  });
});
