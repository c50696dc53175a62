import { describe, expect, it } from 'vitest';
import { isCountryCode, memberCountryCodes } from '../../../core/src/countries.ts';
import { incentiveSeeds } from '../../seed/incentives.ts';
import { parkSeeds } from '../../seed/parks.ts';
import { isCurrencyCode } from '../reference/currencies.ts';
import { isIsicSector, isicDivisions } from '../reference/isic.ts';
import { incentiveKinds, parkKinds, projectStages } from '../vocabulary.ts';

const records = [...incentiveSeeds, ...parkSeeds];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('the shipped incentive and park records', () => {
  it('give every real record a source address, title and retrieval date; every record without one is demo', () => {
    for (const record of records) {
      const sourced = Boolean(record.sourceUrl && record.sourceTitle && record.retrievedOn);
      if (!record.isDemo) {
        expect(sourced, record.id).toBe(true);
        expect(record.sourceUrl, record.id).toMatch(/^https?:\/\//);
        expect(record.retrievedOn, record.id).toMatch(isoDate);
      }
      if (!sourced) expect(record.isDemo, record.id).toBe(true);
    }
  });

  it('have unique ids within each registry', () => {
    for (const ids of [incentiveSeeds.map((i) => i.id), parkSeeds.map((p) => p.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('carry every text in zh, ru and en, labelling what is not the state’s own wording as unofficial', () => {
    const texts = [
      ...incentiveSeeds.flatMap((i) => [i.title, i.benefit, i.legalBasis, i.eligibility.otherConditions]),
      ...parkSeeds.flatMap((p) => [p.name, p.description]),
    ];
    for (const text of texts) {
      if (!text) continue;
      for (const language of ['zh', 'ru', 'en'] as const) {
        expect(text[language]?.text.length ?? 0).toBeGreaterThan(0);
        expect(['official', 'unofficial_translation']).toContain(text[language]?.provenance);
      }
    }
    for (const incentive of incentiveSeeds) {
      for (const language of ['zh', 'ru', 'en'] as const) {
        expect(incentive.benefit[language]?.provenance, `${incentive.id} benefit is our summary`).toBe(
          'unofficial_translation',
        );
      }
    }
  });

  it('use known countries, kinds, ISIC codes, ISO 4217 currencies, ordered dates and known parks', () => {
    const parkIds = new Set(parkSeeds.map((park) => park.id));
    for (const incentive of incentiveSeeds) {
      const { eligibility } = incentive;
      expect(isCountryCode(incentive.countryCode), incentive.id).toBe(true);
      expect(incentiveKinds).toContain(incentive.kind);
      for (const code of [...(eligibility.sectors ?? []), ...(eligibility.excludedSectors ?? [])]) {
        expect(isIsicSector(code), `${incentive.id} ${code}`).toBe(true);
      }
      for (const region of eligibility.regions ?? []) expect(region).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      for (const parkId of eligibility.parkIds ?? [])
        expect(parkIds.has(parkId), `${incentive.id} ${parkId}`).toBe(true);
      if (eligibility.minInvestment) {
        expect(isCurrencyCode(eligibility.minInvestment.currency)).toBe(true);
        expect(eligibility.minInvestment.amount).toBeGreaterThan(0);
      }
      for (const stage of eligibility.stages ?? []) expect(projectStages).toContain(stage);
      if (incentive.validFrom && incentive.validTo) expect(incentive.validFrom <= incentive.validTo).toBe(true);
    }
    for (const park of parkSeeds) {
      expect(isCountryCode(park.countryCode), park.id).toBe(true);
      expect(parkKinds).toContain(park.kind);
      for (const division of park.specialisations) expect(isicDivisions, `${park.id} ${division}`).toContain(division);
      expect(park.latitude === null, park.id).toBe(park.longitude === null);
    }
  });

  it('cover every member state with at least one real incentive, most with two, and at least twelve real parks', () => {
    const realByCountry = new Map<string, number>();
    for (const incentive of incentiveSeeds.filter((i) => !i.isDemo)) {
      realByCountry.set(incentive.countryCode, (realByCountry.get(incentive.countryCode) ?? 0) + 1);
    }
    for (const code of memberCountryCodes) expect(realByCountry.get(code) ?? 0, code).toBeGreaterThanOrEqual(1);
    expect(memberCountryCodes.filter((code) => (realByCountry.get(code) ?? 0) >= 2).length).toBeGreaterThanOrEqual(9);
    const realParks = parkSeeds.filter((park) => !park.isDemo && park.latitude !== null);
    expect(realParks.length).toBeGreaterThanOrEqual(12);
  });
});
