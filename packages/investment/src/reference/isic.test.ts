import { describe, expect, it } from 'vitest';
import { isIsicSector, isicDivisions, isicSectionOf, isicSections } from './isic.ts';

describe('ISIC Rev.4 structure', () => {
  it('has 21 sections and 88 divisions', () => {
    expect(isicSections).toHaveLength(21);
    expect(isicDivisions).toHaveLength(88);
  });

  it('places divisions in their sections', () => {
    expect(isicSectionOf('01')).toBe('A');
    expect(isicSectionOf('27')).toBe('C');
    expect(isicSectionOf('35')).toBe('D');
    expect(isicSectionOf('62')).toBe('J');
    expect(isicSectionOf('99')).toBe('U');
  });

  it('refuses codes that are not divisions', () => {
    expect(isicSectionOf('04')).toBeUndefined();
    expect(isicSectionOf('34')).toBeUndefined();
    expect(isicSectionOf('100')).toBeUndefined();
    expect(isIsicSector('C')).toBe(true);
    expect(isIsicSector('Z')).toBe(false);
    expect(isIsicSector('27')).toBe(true);
  });
});
