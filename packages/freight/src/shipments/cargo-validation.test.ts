import { describe, expect, it } from 'vitest';
import {
  checkContainerNumber,
  checkHazardClass,
  checkHsCode,
  checkReeferTemperature,
  checkUnNumber,
  containerCheckDigit,
  normaliseContainerNumber,
} from './cargo-validation.ts';

describe('ISO 6346 container numbers', () => {
  it('accepts real container numbers with correct check digits', () => {
    for (const number of ['CSQU3054383', 'MSCU6639870', 'TGHU8412296', 'MAEU6148420', 'CSQU 305438 3']) {
      expect(checkContainerNumber(number)).toEqual({ ok: true });
    }
  });

  it('computes the check digit from letter values that skip multiples of eleven', () => {
    expect(containerCheckDigit('CSQU305438')).toBe(3);
    expect(containerCheckDigit('MSCU663987')).toBe(0);
  });

  it('counts a remainder of ten as zero', () => {
    // 'AAAU000001': A=10 three times, U=32: 10+20+40+32·8 + 1·512 = 838; 838 mod 11 = 2.
    expect(containerCheckDigit('AAAU000001')).toBe(2);
    // Find a remainder-10 case by construction: the digit must be 0.
    const serials = Array.from({ length: 200 }, (_, i) => `CSQU${String(i).padStart(6, '0')}`);
    const tens = serials.filter((serial) => {
      let sum = 0;
      const values: Record<string, number> = { C: 13, S: 30, Q: 28, U: 32 };
      for (let i = 0; i < 10; i++) {
        const character = serial[i] as string;
        sum += (values[character] ?? Number(character)) * 2 ** i;
      }
      return sum % 11 === 10;
    });
    expect(tens.length).toBeGreaterThan(0);
    for (const serial of tens) expect(containerCheckDigit(serial)).toBe(0);
  });

  it('names the expected check digit when it is wrong', () => {
    const result = checkContainerNumber('CSQU3054384');
    expect(result).toMatchObject({ ok: false, reason: 'check_digit', expected: 3 });
    expect(!result.ok && result.message).toContain('ISO 6346 gives 3');
  });

  it('refuses a wrong shape or category', () => {
    expect(checkContainerNumber('CSQX3054383')).toMatchObject({ ok: false, reason: 'shape' });
    expect(checkContainerNumber('CS1U3054383').ok).toBe(false);
    expect(checkContainerNumber('CSQU305438').ok).toBe(false);
  });

  it('normalises spaces, hyphens and case', () => {
    expect(normaliseContainerNumber('csqu-305438 3')).toBe('CSQU3054383');
  });
});

describe('HS codes', () => {
  it('accepts six-digit codes and national subdivisions', () => {
    expect(checkHsCode('847130').ok).toBe(true);
    expect(checkHsCode('8471.30').ok).toBe(true);
    expect(checkHsCode('84713000').ok).toBe(true);
    expect(checkHsCode('8471300000').ok).toBe(true);
    expect(checkHsCode('010121').ok).toBe(true);
  });

  it('refuses lengths other than 6 or 8–10 digits', () => {
    expect(checkHsCode('8471').ok).toBe(false);
    expect(checkHsCode('8471301').ok).toBe(false);
    expect(checkHsCode('84713000001').ok).toBe(false);
  });

  it('refuses chapters that do not exist', () => {
    expect(checkHsCode('000000').ok).toBe(false);
    const reserved = checkHsCode('770100');
    expect(reserved).toMatchObject({ ok: false, reason: 'range' });
    expect(!reserved.ok && reserved.message).toContain('chapter 77');
    expect(checkHsCode('980000').ok).toBe(false);
  });
});

describe('UN numbers and hazard classes', () => {
  it('accepts assigned UN numbers', () => {
    expect(checkUnNumber('UN1203').ok).toBe(true);
    expect(checkUnNumber('un 3480').ok).toBe(true);
    expect(checkUnNumber('UN0004').ok).toBe(true);
  });

  it('refuses malformed or unassigned numbers', () => {
    expect(checkUnNumber('1203').ok).toBe(false);
    expect(checkUnNumber('UN120').ok).toBe(false);
    expect(checkUnNumber('UN0003').ok).toBe(false);
    expect(checkUnNumber('UN3600').ok).toBe(false);
  });

  it('knows the hazard classes and their divisions', () => {
    for (const value of ['1.1', '2.1', '3', '4.3', '5.1', '6.1', '7', '8', '9'])
      expect(checkHazardClass(value).ok).toBe(true);
    for (const value of ['0', '10', '3.1', '2.4', 'X']) expect(checkHazardClass(value).ok).toBe(false);
  });
});

describe('reefer set temperature', () => {
  it('accepts chilled and frozen set points and refuses impossible ones', () => {
    expect(checkReeferTemperature(-18).ok).toBe(true);
    expect(checkReeferTemperature(4).ok).toBe(true);
    expect(checkReeferTemperature(-90).ok).toBe(false);
    expect(checkReeferTemperature(60).ok).toBe(false);
  });
});
