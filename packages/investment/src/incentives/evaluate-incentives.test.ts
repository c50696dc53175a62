import { describe, expect, it } from 'vitest';
import {
  type ConditionCheck,
  convertAmount,
  type EligibilityIncentive,
  type EligibilityPark,
  type EligibilityProject,
  type EligibilityRate,
  evaluateIncentives,
  haversineKm,
  type IncentiveEvaluation,
} from './evaluate-incentives.ts';

const today = '2026-11-27';

const project: EligibilityProject = {
  countryCode: 'KZ',
  regionCode: 'KZ-ALA',
  latitude: 43.24,
  longitude: 76.95,
  isicDivision: '62',
  isicSection: 'J',
  stage: 'feasibility',
  capitalCost: 500_000_000,
  currency: 'KZT',
  jobs: 80,
};

const incentive = (
  id: string,
  eligibility: EligibilityIncentive['eligibility'],
  extra: Partial<EligibilityIncentive> = {},
) => ({ id, countryCode: 'KZ', validFrom: null, validTo: null, eligibility, ...extra }) satisfies EligibilityIncentive;

const rates: EligibilityRate[] = [
  { currency: 'KZT', rateDate: '2026-11-01', unitsPerUsd: 500 },
  { currency: 'KZT', rateDate: '2026-11-20', unitsPerUsd: 520 },
  { currency: 'KZT', rateDate: '2026-12-01', unitsPerUsd: 999 },
  { currency: 'RUB', rateDate: '2026-11-20', unitsPerUsd: 100 },
];

const parks: EligibilityPark[] = [
  { id: 'almaty-park', regionCode: 'KZ-ALA', latitude: 43.2, longitude: 76.9 },
  { id: 'astana-park', regionCode: null, latitude: 51.09, longitude: 71.42 },
];

function evaluateOne(one: EligibilityIncentive, changes: Partial<EligibilityProject> = {}): IncentiveEvaluation {
  const [result] = evaluateIncentives({ project: { ...project, ...changes }, incentives: [one], parks, rates, today });
  if (!result) throw new Error(`${one.id} was not offered`);
  return result;
}

function firstCheck(evaluation: IncentiveEvaluation | undefined): ConditionCheck {
  const check = evaluation?.checks[0];
  if (!check) throw new Error('no condition was checked');
  return check;
}

describe('evaluateIncentives', () => {
  it('offers only incentives of the project’s country that are valid today', () => {
    const results = evaluateIncentives({
      project,
      incentives: [
        incentive('open', {}),
        incentive('other-country', {}, { countryCode: 'UZ' }),
        incentive('expired', {}, { validTo: '2026-11-26' }),
        incentive('not-yet', {}, { validFrom: '2026-11-28' }),
        incentive('last-day', {}, { validTo: today }),
      ],
      parks,
      rates,
      today,
    });
    expect(results.map((r) => r.incentiveId)).toEqual(['open', 'last-day']);
    expect(results[0]).toMatchObject({ verdict: 'qualifies', checks: [] });
  });

  it('checks sectors by division or section, and excluded sectors', () => {
    expect(firstCheck(evaluateOne(incentive('a', { sectors: ['J'] })))).toMatchObject({
      condition: 'sector',
      outcome: 'met',
    });
    expect(evaluateOne(incentive('b', { sectors: ['62'] })).verdict).toBe('qualifies');
    const missed = evaluateOne(incentive('c', { sectors: ['C', '26'] }));
    expect(missed.verdict).toBe('misses');
    expect(firstCheck(missed)).toMatchObject({ condition: 'sector', outcome: 'missed', facts: { projectValue: '62' } });
    const excluded = evaluateOne(incentive('d', { excludedSectors: ['J'] }));
    expect(firstCheck(excluded)).toMatchObject({ condition: 'excluded_sector', outcome: 'missed' });
    expect(evaluateOne(incentive('e', { excludedSectors: ['B', '12'] })).verdict).toBe('qualifies');
  });

  it('checks the region, and cannot check it when the project gives none', () => {
    expect(evaluateOne(incentive('a', { regions: ['KZ-ALA'] })).verdict).toBe('qualifies');
    expect(firstCheck(evaluateOne(incentive('b', { regions: ['KZ-AKM'] })))).toMatchObject({
      condition: 'region',
      outcome: 'missed',
    });
    const unknown = evaluateOne(incentive('c', { regions: ['KZ-AKM'] }), { regionCode: null });
    expect(unknown.verdict).toBe('undetermined');
    expect(firstCheck(unknown).outcome).toBe('cannot_check');
  });

  it('places a project in a park by distance first, then by region', () => {
    const near = evaluateOne(incentive('a', { parkIds: ['almaty-park'] }));
    expect(firstCheck(near)).toMatchObject({ outcome: 'met', facts: { parkId: 'almaty-park', parkRule: 'radius' } });
    expect(firstCheck(near).facts.distanceKm).toBeLessThan(10);

    const sameRegionFar = evaluateOne(incentive('b', { parkIds: ['almaty-park'] }), {
      latitude: 45.0,
      longitude: 78.4,
    });
    expect(firstCheck(sameRegionFar)).toMatchObject({ outcome: 'met', facts: { parkRule: 'region' } });

    const elsewhere = evaluateOne(incentive('c', { parkIds: ['astana-park'] }));
    expect(firstCheck(elsewhere)).toMatchObject({ outcome: 'missed', facts: { parkId: 'astana-park' } });
    expect(firstCheck(elsewhere).facts.distanceKm).toBeGreaterThan(900);

    const nowhere = evaluateOne(incentive('d', { parkIds: ['astana-park'] }), {
      regionCode: null,
      latitude: null,
      longitude: null,
    });
    expect(firstCheck(nowhere).outcome).toBe('cannot_check');
  });

  it('compares the minimum investment after converting with the latest rate on or before today', () => {
    // 500,000,000 KZT at 520 per USD (20 Nov, not the later 1 Dec rate) = 961,538.46 USD.
    const met = evaluateOne(incentive('a', { minInvestment: { amount: 900_000, currency: 'USD' } }));
    expect(firstCheck(met)).toMatchObject({
      condition: 'min_investment',
      outcome: 'met',
      facts: { compared: 961_538.46, currency: 'USD', ratesUsed: { KZT: '2026-11-20' } },
    });
    const missed = evaluateOne(incentive('b', { minInvestment: { amount: 1_000_000, currency: 'USD' } }));
    expect(firstCheck(missed)).toMatchObject({ outcome: 'missed', facts: { shortBy: 38_461.54 } });
    expect(firstCheck(missed).message).toBe('Misses by 38461.54 USD: 961538.46 USD of at least 1000000.');

    // Cross rate through the dollar: 961,538.46 USD × 100 RUB = 96,153,846.15 RUB.
    const rub = evaluateOne(incentive('c', { minInvestment: { amount: 120_000_000, currency: 'RUB' } }));
    expect(firstCheck(rub)).toMatchObject({ outcome: 'missed', facts: { compared: 96_153_846.15 } });

    const same = evaluateOne(incentive('d', { minInvestment: { amount: 500_000_000, currency: 'KZT' } }));
    expect(firstCheck(same)).toMatchObject({ outcome: 'met', facts: { ratesUsed: {}, demoRateUsed: false } });

    const withDemoRate = evaluateIncentives({
      project,
      incentives: [incentive('e', { minInvestment: { amount: 1, currency: 'USD' } })],
      parks,
      rates: [{ currency: 'KZT', rateDate: '2026-11-02', unitsPerUsd: 510, isDemo: true }],
      today,
    });
    expect(firstCheck(withDemoRate[0]).facts).toMatchObject({ demoRateUsed: true, ratesUsed: { KZT: '2026-11-02' } });
  });

  it('says which currency has no rate when a conversion is impossible', () => {
    const result = evaluateOne(incentive('a', { minInvestment: { amount: 1_000, currency: 'CNY' } }));
    expect(result.verdict).toBe('undetermined');
    expect(firstCheck(result)).toMatchObject({ outcome: 'cannot_check', facts: { missingRateFor: 'CNY' } });
    expect(firstCheck(result).message).toBe('Cannot check: no rate for CNY on or before 2026-11-27.');
    const noProjectRate = evaluateOne(incentive('b', { minInvestment: { amount: 1, currency: 'USD' } }), {
      currency: 'UZS',
    });
    expect(firstCheck(noProjectRate).facts.missingRateFor).toBe('UZS');
  });

  it('says by how many jobs a project misses the minimum', () => {
    const missed = evaluateOne(incentive('a', { minJobs: 200 }));
    expect(firstCheck(missed)).toMatchObject({ condition: 'min_jobs', outcome: 'missed', facts: { shortBy: 120 } });
    expect(firstCheck(missed).message).toBe('Misses by 120 jobs: 80 of at least 200.');
    expect(evaluateOne(incentive('b', { minJobs: 80 })).verdict).toBe('qualifies');
    expect(firstCheck(evaluateOne(incentive('c', { minJobs: 10 }), { jobs: null })).outcome).toBe('cannot_check');
  });

  it('checks the stage and lists the conditions to confirm', () => {
    const toConfirm = { en: { text: 'Certification needed', provenance: 'unofficial_translation' as const } };
    const result = evaluateOne(incentive('a', { stages: ['operating'], otherConditions: toConfirm }));
    expect(firstCheck(result)).toMatchObject({
      condition: 'stage',
      outcome: 'missed',
      facts: { projectValue: 'feasibility' },
    });
    expect(result.toConfirm).toEqual(toConfirm);
    expect(evaluateOne(incentive('b', { stages: ['feasibility', 'operating'] })).verdict).toBe('qualifies');
  });

  it('misses when any condition misses, even if another cannot be checked', () => {
    const result = evaluateOne(
      incentive('a', { sectors: ['C'], minInvestment: { amount: 1, currency: 'CNY' }, minJobs: 10 }),
    );
    expect(result.verdict).toBe('misses');
    expect(result.checks.map((c) => c.outcome)).toEqual(['missed', 'cannot_check', 'met']);
  });
});

describe('convertAmount', () => {
  it('ignores rates after the day and non-positive rates', () => {
    const result = convertAmount({
      amount: 100,
      from: 'USD',
      to: 'KZT',
      rates: [...rates, { currency: 'KZT', rateDate: '2026-11-25', unitsPerUsd: 0 }],
      day: '2026-11-10',
    });
    expect(result).toEqual({ amount: 50_000, ratesUsed: { KZT: '2026-11-01' }, demoRateUsed: false });
  });
});

describe('haversineKm', () => {
  it('measures Almaty to Astana at about 970 km', () => {
    expect(Math.round(haversineKm(43.24, 76.95, 51.09, 71.42))).toBeGreaterThan(950);
    expect(Math.round(haversineKm(43.24, 76.95, 51.09, 71.42))).toBeLessThan(990);
  });
});
