/**
 * Pure checks of what a shipment declares: ISO 6346 container numbers, HS codes, UN numbers. Each returns a result
 * with a message a person can act on, so forms and the API say the same thing.
 */

/**
 * Why a value failed: its shape is wrong, its ISO 6346 check digit is wrong (`expected` holds the right one), or it
 * is well formed but outside the assigned range (an HS chapter or UN number that does not exist). Forms translate
 * the reason; the API sends the English message.
 */
export type CheckFailure = 'shape' | 'check_digit' | 'range';

export type CheckResult = { ok: true } | { ok: false; reason: CheckFailure; message: string; expected?: number };

const ok: CheckResult = { ok: true };
const fail = (reason: CheckFailure, message: string, expected?: number): CheckResult =>
  expected === undefined ? { ok: false, reason, message } : { ok: false, reason, message, expected };

/**
 * ISO 6346 letter values: A=10 upwards, skipping 11, 22, 33 (multiples of 11), so B=12, L=23, V=34.
 */
function letterValue(letter: string): number {
  let value = 10;
  for (let code = 'A'.charCodeAt(0); code < letter.charCodeAt(0); code++) {
    value++;
    if (value % 11 === 0) value++;
  }
  return value;
}

/** Check digit of the first ten characters (owner code, category, serial): Σ value·2^i mod 11, where 10 counts as 0. */
export function containerCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const character = firstTen[i] as string;
    const value = /[0-9]/.test(character) ? Number(character) : letterValue(character);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

/** Spaces and hyphens people write between the parts (`CSQU 305438 3`) are dropped; letters are upper-cased. */
export function normaliseContainerNumber(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * ISO 6346: three-letter owner code, category identifier U (freight container), J (detachable equipment) or Z
 * (trailer/chassis), six-digit serial number, check digit.
 */
export function checkContainerNumber(input: string): CheckResult {
  const value = normaliseContainerNumber(input);
  if (!/^[A-Z]{3}[UJZ][0-9]{6}[0-9]$/.test(value)) {
    return fail(
      'shape',
      `${input} is not an ISO 6346 container number: expected 3 owner letters, category U, J or Z, 6 digits and a check digit (e.g. CSQU3054383).`,
    );
  }
  const expected = containerCheckDigit(value.slice(0, 10));
  if (Number(value[10]) !== expected) {
    return fail(
      'check_digit',
      `${value} has check digit ${value[10]}; ISO 6346 gives ${expected} for ${value.slice(0, 10)}.`,
      expected,
    );
  }
  return ok;
}

/**
 * Harmonized System code: six digits (international), optionally eight to ten (national subdivisions). The chapter
 * (first two digits) is 01–97; chapter 77 is reserved and unused.
 */
export function checkHsCode(input: string): CheckResult {
  const value = input.replace(/[\s.]/g, '');
  if (!/^[0-9]{6}([0-9]{2,4})?$/.test(value)) {
    return fail('shape', `${input} is not an HS code: 6 digits, or 8 to 10 with national subdivisions (e.g. 847130).`);
  }
  const chapter = Number(value.slice(0, 2));
  if (chapter < 1 || chapter > 97 || chapter === 77) {
    return fail('range', `${input}: HS chapter ${value.slice(0, 2)} does not exist (chapters are 01–97, without 77).`);
  }
  return ok;
}

/** UN number of a dangerous substance: `UN` and four digits, within the range the UN Model Regulations assign. */
export function checkUnNumber(input: string): CheckResult {
  const value = input.replace(/\s/g, '').toUpperCase();
  const match = /^UN([0-9]{4})$/.exec(value);
  if (!match) return fail('shape', `${input} is not a UN number: write UN and four digits (e.g. UN1203).`);
  const number = Number(match[1]);
  if (number < 4 || number > 3599) {
    return fail('range', `${input} is outside the UN numbers assigned to dangerous goods (UN0004–UN3599).`);
  }
  return ok;
}

/** The nine ADR/RID/IMDG hazard classes, with the divisions classes 1, 2, 4, 5 and 6 use. */
export function checkHazardClass(input: string): CheckResult {
  if (/^(1(\.[1-6])?|2(\.[1-3])?|3|4(\.[1-3])?|5(\.[12])?|6(\.[12])?|7|8|9)$/.test(input.trim())) return ok;
  return fail('shape', `${input} is not a dangerous-goods class: 1–9, with divisions such as 2.1, 4.3, 5.1 or 6.1.`);
}

/** Reefer set points span deep-frozen to chilled and warm cargo; the range covers what reefer units hold. */
export const reeferTemperatureRange = { min: -70, max: 40 } as const;

export function checkReeferTemperature(temperatureC: number): CheckResult {
  if (temperatureC >= reeferTemperatureRange.min && temperatureC <= reeferTemperatureRange.max) return ok;
  return fail(
    'range',
    `A reefer set temperature of ${temperatureC} °C is outside what reefer units hold (${reeferTemperatureRange.min} to ${reeferTemperatureRange.max} °C).`,
  );
}
