import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { parseListFilters } from './list-filters.ts';
import { listingMatchesFilters, type MatchableProfile, type MatchableProject } from './listing-matches-filters.ts';

const windFarm: MatchableProject = {
  countryCode: 'KZ',
  regionCode: 'KZ-15',
  isicSection: 'D',
  isicDivision: '35',
  stage: 'ready_for_financing',
  financingInstruments: ['debt', 'equity'],
  capitalCostUsd: '120000000.00',
  sdgs: [7, 13],
  environmentalCategory: 'B',
  initiativeIds: ['ini-energy'],
  keywordTokens: keywordTokensOf({ texts: ['Wind farm near Aktobe', '风电场'] }),
  isDemo: false,
};

const solarLicence: MatchableProfile = {
  kind: 'partnering',
  partneringType: 'technology_offer',
  investorType: null,
  sectors: ['27', 'D'],
  countryCode: 'CN',
  title: { zh: '光伏逆变器技术许可', en: 'Solar inverter technology licence' },
  description: { en: 'Licences inverter technology.' },
  organisationName: 'Inverter Works',
  keywordTokens: keywordTokensOf({ texts: ['solar inverters', '光伏逆变器'] }),
  isDemo: true,
};

const project = (filters: Record<string, string>) =>
  listingMatchesFilters({ target: 'projects', filters, listing: windFarm });
const profile = (filters: Record<string, string>) =>
  listingMatchesFilters({ target: 'profiles', filters, listing: solarLicence });

describe('listingMatchesFilters for projects', () => {
  it('matches with no filters, and when every filter holds', () => {
    expect(project({})).toBe(true);
    expect(
      project({
        country: 'kz',
        region: 'KZ-15',
        section: 'D',
        division: '35',
        stage: 'ready_for_financing',
        instrument: 'debt',
        minUsd: '100000000',
        maxUsd: '120000000',
        sdg: '7',
        environmentalCategory: 'B',
        initiative: 'ini-energy',
        demo: 'no',
        text: 'wind',
      }),
    ).toBe(true);
  });

  it('fails when any one filter does not hold', () => {
    expect(project({ country: 'UZ' })).toBe(false);
    expect(project({ section: 'C' })).toBe(false);
    expect(project({ division: '36' })).toBe(false);
    expect(project({ stage: 'idea' })).toBe(false);
    expect(project({ instrument: 'grant' })).toBe(false);
    expect(project({ minUsd: '120000001' })).toBe(false);
    expect(project({ maxUsd: '1000' })).toBe(false);
    expect(project({ sdg: '3' })).toBe(false);
    expect(project({ initiative: 'ini-other' })).toBe(false);
    expect(project({ demo: 'yes' })).toBe(false);
    expect(project({ text: 'solar' })).toBe(false);
  });

  it('finds words in any language and needs every word', () => {
    expect(project({ text: '风电场' })).toBe(true);
    expect(project({ text: 'wind aktobe' })).toBe(true);
    expect(project({ text: 'wind tashkent' })).toBe(false);
  });

  it('leaves out projects without a USD figure when an amount bound is set', () => {
    const withoutRate = { ...windFarm, capitalCostUsd: null };
    expect(listingMatchesFilters({ target: 'projects', filters: { minUsd: '1' }, listing: withoutRate })).toBe(false);
    expect(listingMatchesFilters({ target: 'projects', filters: {}, listing: withoutRate })).toBe(true);
  });

  it('ignores paging and matches nothing with filters the list does not accept', () => {
    expect(project({ limit: '5', offset: '40', sort: 'cost' })).toBe(true);
    expect(project({ stage: 'finished' })).toBe(false);
    expect(project({ colour: 'blue' })).toBe(false);
  });
});

describe('listingMatchesFilters for profiles', () => {
  it('checks kind, type, country and demo', () => {
    expect(profile({ kind: 'partnering', partneringType: 'technology_offer', country: 'cn', demo: 'true' })).toBe(true);
    expect(profile({ kind: 'investor' })).toBe(false);
    expect(profile({ partneringType: 'startup' })).toBe(false);
    expect(profile({ country: 'RU' })).toBe(false);
    expect(profile({ demo: 'false' })).toBe(false);
  });

  it('reads sectors along the ISIC hierarchy', () => {
    expect(profile({ sector: '27' })).toBe(true);
    expect(profile({ sector: 'C' })).toBe(true);
    expect(profile({ sector: '35' })).toBe(true);
    expect(profile({ sector: 'A' })).toBe(false);
    expect(profile({ sector: '01' })).toBe(false);
  });

  it('finds words in the texts or the organisation', () => {
    expect(profile({ q: 'INVERTER' })).toBe(true);
    expect(profile({ q: '逆变器' })).toBe(true);
    expect(profile({ q: 'works' })).toBe(true);
    expect(profile({ q: 'turbine' })).toBe(false);
  });
});

describe('parseListFilters', () => {
  it('keeps the filters as written, without paging or empty values', () => {
    expect(
      parseListFilters({ target: 'projects', filters: { country: ' KZ ', limit: '20', stage: '', sort: 'cost' } })
        .stored,
    ).toEqual({ country: 'KZ' });
  });

  it('names every unknown, refused or invalid filter', () => {
    const attempt = () =>
      parseListFilters({ target: 'projects', filters: { colour: 'blue', mine: 'yes', stage: 'finished' } });
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      const message = (error as DomainError).message;
      expect(message).toContain('filters.colour: not a filter of the projects list');
      expect(message).toContain('filters.mine: a saved search looks at all published listings');
      expect(message).toContain('filters.stage');
      expect((error as DomainError).code).toBe('validation_failed');
    }
  });
});
