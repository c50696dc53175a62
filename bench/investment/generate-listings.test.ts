import { describe, expect, it } from 'vitest';
import { isIsicSector, isicSectionOf } from '../../packages/investment/src/reference/isic.ts';
import { createRandom } from '../support/prng.ts';
import { generateProfile, generateProject } from './generate-listings.ts';

const ownerIds = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const now = Date.parse('2026-06-01T00:00:00Z');

describe('benchmark listings', () => {
  it('are the same for the same seed', () => {
    const first = generateProject(createRandom(7), { ownerIds, index: 0, now });
    const again = generateProject(createRandom(7), { ownerIds, index: 0, now });
    expect(again).toEqual(first);
  });

  it('are valid listings: real ISIC codes, a consistent section, ticket min ≤ max, mostly published', () => {
    const random = createRandom(11);
    const projects = Array.from({ length: 500 }, (_, index) => generateProject(random, { ownerIds, index, now }));
    const profiles = Array.from({ length: 500 }, (_, index) => generateProfile(random, { ownerIds, index, now }));
    for (const project of projects) {
      expect(isicSectionOf(project.isic_division)).toBe(project.isic_section);
      expect(project.keyword_tokens.length).toBeGreaterThan(0);
    }
    for (const profile of profiles) {
      expect(profile.sectors.every(isIsicSector)).toBe(true);
      if (profile.kind === 'investor') expect(profile.ticket_min_usd!).toBeLessThanOrEqual(profile.ticket_max_usd!);
    }
    const published = projects.filter((project) => project.status === 'published').length;
    expect(published / projects.length).toBeGreaterThan(0.7);
    expect(new Set(projects.map((project) => project.country_code)).size).toBe(10);
  });
});
