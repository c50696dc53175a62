import { describe, expect, it } from 'vitest';
import { memberCountryCodes } from '../../../core/src/countries.ts';
import { isIsicSector, isicDivisions } from '../reference/isic.ts';
import { projectStages } from '../vocabulary.ts';
import { demoAccounts, demoEmailDomain, demoEmailOf, demoProfiles, demoProjects } from './demo-listings.ts';

describe('demo listings', () => {
  it('has the promised numbers of projects and profiles, each key once', () => {
    expect(demoProjects).toHaveLength(24);
    expect(demoProfiles.filter((profile) => profile.kind === 'investor')).toHaveLength(12);
    expect(demoProfiles.filter((profile) => profile.kind === 'partnering')).toHaveLength(10);
    const keys = [...demoProjects, ...demoProfiles].map((listing) => listing.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('spreads projects over member states, stages and sectors', () => {
    expect(new Set(demoProjects.map((project) => project.place.countryCode)).size).toBe(memberCountryCodes.length);
    for (const stage of projectStages) {
      expect(demoProjects.filter((project) => project.stage === stage).length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(demoProjects.map((project) => project.isicDivision)).size).toBeGreaterThanOrEqual(12);
  });

  it('uses only valid codes and says it is demo in every title', () => {
    for (const project of demoProjects) {
      expect(memberCountryCodes).toContain(project.place.countryCode);
      expect(isicDivisions).toContain(project.isicDivision);
      expect(project.financingAmount).toBeLessThanOrEqual(project.capitalCost);
      if (project.place.regionCode)
        expect(project.place.regionCode.startsWith(`${project.place.countryCode}-`)).toBe(true);
      expect(Intl.supportedValuesOf('currency')).toContain(project.currency);
      for (const title of Object.values(project.title)) expect(title).toMatch(/demo|演示|демо/i);
    }
    for (const profile of demoProfiles) {
      expect(memberCountryCodes).toContain(profile.countryCode);
      for (const sector of profile.sectors) expect(isIsicSector(sector)).toBe(true);
      for (const title of Object.values(profile.title)) expect(title).toMatch(/demo|演示|демо/i);
    }
  });

  it('gives demo accounts addresses at the reserved domain and names that say demo', () => {
    for (const account of demoAccounts) {
      expect(demoEmailOf(account).endsWith(`@${demoEmailDomain}`)).toBe(true);
      expect(account.displayName.startsWith('Demo: ')).toBe(true);
    }
  });
});
