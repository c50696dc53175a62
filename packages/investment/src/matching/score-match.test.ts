import { describe, expect, it } from 'vitest';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { areComplementary, type MatchListing, type MatchReason, scoreMatch } from './score-match.ts';

const project = (overrides: Partial<MatchListing> = {}): MatchListing => ({
  kind: 'project',
  profileKind: null,
  partneringType: null,
  ownerUserId: 'sponsor',
  countryCode: 'KZ',
  regionCode: 'KZ-MAN',
  sectors: ['35'],
  stages: ['ready_for_financing'],
  instruments: ['equity', 'debt'],
  ticketMinUsd: null,
  ticketMaxUsd: null,
  financingSoughtUsd: 12_000_000,
  targetCountries: [],
  targetRegions: [],
  languages: ['ru', 'en'],
  keywordTokens: [],
  ...overrides,
});

const investor = (overrides: Partial<MatchListing> = {}): MatchListing => ({
  kind: 'profile',
  profileKind: 'investor',
  partneringType: null,
  ownerUserId: 'investor',
  countryCode: 'CN',
  regionCode: null,
  sectors: ['35'],
  stages: ['ready_for_financing'],
  instruments: ['equity'],
  ticketMinUsd: 5_000_000,
  ticketMaxUsd: 50_000_000,
  financingSoughtUsd: null,
  targetCountries: ['KZ'],
  targetRegions: [],
  languages: ['zh', 'ru'],
  keywordTokens: [],
  ...overrides,
});

const partnering = (partneringType: MatchListing['partneringType'], overrides: Partial<MatchListing> = {}) =>
  investor({
    profileKind: 'partnering',
    partneringType,
    ticketMinUsd: null,
    ticketMaxUsd: null,
    stages: [],
    instruments: [],
    ...overrides,
  });

const reasonOf = (reasons: MatchReason[], factor: MatchReason['factor']) => reasons.find((r) => r.factor === factor);

describe('scoreMatch', () => {
  it('gives a perfect pair every point and explains each factor', () => {
    const seeker = investor({ keywordTokens: ['concept:solar', 'concept:batteries', 'concept:power_grid'] });
    const candidate = project({ keywordTokens: ['concept:solar', 'concept:batteries', 'concept:power_grid'] });
    const score = scoreMatch({ seeker, candidate });
    expect(score.excludedBy).toBeNull();
    expect(score.total).toBe(97);
    expect(score.reasons.map((r) => r.factor)).toEqual([
      'sector',
      'place',
      'ticket',
      'stage',
      'instrument',
      'language',
      'keywords',
    ]);
    for (const reason of score.reasons) expect(reason.points).toBeLessThanOrEqual(reason.maxPoints);
    // Country listed but the project's region not: 12 of 15.
    expect(reasonOf(score.reasons, 'place')).toMatchObject({ points: 12, maxPoints: 15 });
  });

  describe('sector along the ISIC hierarchy', () => {
    const sectorFor = (seekerSectors: string[], projectDivision: string) =>
      reasonOf(
        scoreMatch({ seeker: investor({ sectors: seekerSectors }), candidate: project({ sectors: [projectDivision] }) })
          .reasons,
        'sector',
      );

    it('same division: all 25 points', () => {
      expect(sectorFor(['35'], '35')).toMatchObject({
        points: 25,
        detail: { level: 'division', division: '35', section: 'D' },
      });
    });
    it('a section in a profile covers its divisions, and says so rather than "same division"', () => {
      expect(sectorFor(['C'], '13')).toMatchObject({
        points: 25,
        detail: {
          level: 'division_in_section',
          seekerSector: 'C',
          candidateSector: '13',
          division: '13',
          section: 'C',
        },
      });
    });
    it('a project seeking a profile that names the section of its division', () => {
      const score = scoreMatch({ seeker: project({ sectors: ['35'] }), candidate: investor({ sectors: ['D'] }) });
      expect(reasonOf(score.reasons, 'sector')).toMatchObject({
        points: 25,
        detail: {
          level: 'division_in_section',
          seekerSector: '35',
          candidateSector: 'D',
          division: '35',
          section: 'D',
        },
      });
    });
    it('two profiles naming the same section letter share a section', () => {
      const score = scoreMatch({ seeker: investor({ sectors: ['D'] }), candidate: investor({ sectors: ['D'] }) });
      expect(reasonOf(score.reasons, 'sector')).toMatchObject({
        points: 25,
        detail: { level: 'section', seekerSector: 'D', candidateSector: 'D', division: null, section: 'D' },
      });
    });
    it('another division of the same section: half', () => {
      expect(sectorFor(['10'], '13')).toMatchObject({
        points: 13,
        detail: { level: 'section', division: null, section: 'C' },
      });
    });
    it('prefers a shared division to a section covering it', () => {
      expect(sectorFor(['D', '35'], '35')).toMatchObject({ detail: { level: 'division', seekerSector: '35' } });
    });
    it('another section: nothing, and the pair is filtered out', () => {
      expect(sectorFor(['A'], '13')).toMatchObject({
        points: 0,
        detail: { level: 'none', division: null, section: null },
      });
      expect(
        scoreMatch({ seeker: investor({ sectors: ['A'] }), candidate: project({ sectors: ['13'] }) }).excludedBy,
      ).toBe('sector');
    });
    it('prefers the closest of several sectors', () => {
      expect(sectorFor(['01', '11', '13'], '13')).toMatchObject({ detail: { level: 'division', seekerSector: '13' } });
    });
  });

  describe('country and region', () => {
    it('a listed region beats a listed country', () => {
      const region = scoreMatch({
        seeker: investor({ targetRegions: ['KZ-MAN'], targetCountries: [] }),
        candidate: project(),
      });
      expect(reasonOf(region.reasons, 'place')).toMatchObject({ points: 15, detail: { level: 'region' } });
      const country = scoreMatch({ seeker: investor(), candidate: project({ regionCode: 'KZ-AST' }) });
      expect(reasonOf(country.reasons, 'place')).toMatchObject({ points: 12, detail: { level: 'country' } });
    });
    it('a profile without target places accepts any, for fewer points', () => {
      const any = scoreMatch({ seeker: investor({ targetCountries: [] }), candidate: project() });
      expect(reasonOf(any.reasons, 'place')).toMatchObject({ points: 11, detail: { level: 'any' } });
      expect(any.excludedBy).toBeNull();
    });
    it('hard filter: never a project outside the target countries the profile lists', () => {
      const outside = scoreMatch({ seeker: investor({ targetCountries: ['UZ', 'KG'] }), candidate: project() });
      expect(outside.excludedBy).toBe('place');
      expect(reasonOf(outside.reasons, 'place')).toMatchObject({ points: 0, detail: { level: 'outside' } });
    });
    it('the filter holds whichever side asks', () => {
      expect(scoreMatch({ seeker: project(), candidate: investor({ targetCountries: ['UZ'] }) }).excludedBy).toBe(
        'place',
      );
    });
    it('the country of a listed region counts as targeted', () => {
      const score = scoreMatch({
        seeker: investor({ targetCountries: [], targetRegions: ['KZ-ALA'] }),
        candidate: project(),
      });
      expect(score.excludedBy).toBeNull();
      expect(reasonOf(score.reasons, 'place')?.detail).toMatchObject({ level: 'country' });
    });
  });

  describe('ticket size against financing sought in USD', () => {
    const ticketFor = (amount: number | null) =>
      reasonOf(
        scoreMatch({ seeker: investor(), candidate: project({ financingSoughtUsd: amount }) }).reasons,
        'ticket',
      );
    it('inside the range', () => {
      expect(ticketFor(12_000_000)).toMatchObject({
        points: 20,
        detail: { position: 'inside', amountUsd: 12_000_000, minUsd: 5_000_000, maxUsd: 50_000_000 },
      });
    });
    it('near the range (within a factor of two)', () => {
      expect(ticketFor(3_000_000)).toMatchObject({ points: 10, detail: { position: 'near' } });
      expect(ticketFor(90_000_000)).toMatchObject({ points: 10, detail: { position: 'near' } });
    });
    it('outside the range', () => {
      expect(ticketFor(1_000_000)).toMatchObject({ points: 0, detail: { position: 'outside' } });
    });
    it('unknown when the project has no amount in USD', () => {
      expect(ticketFor(null)).toMatchObject({ points: 0, detail: { position: 'unknown' } });
    });
    it('does not apply between two partnering profiles', () => {
      const score = scoreMatch({
        seeker: partnering('business_offer'),
        candidate: partnering('business_request', { ownerUserId: 'other' }),
      });
      expect(reasonOf(score.reasons, 'ticket')).toBeUndefined();
    });
  });

  describe('stage, instrument and language', () => {
    it('stage inside or outside what the investor looks for', () => {
      const inside = scoreMatch({ seeker: investor(), candidate: project() });
      expect(reasonOf(inside.reasons, 'stage')).toMatchObject({
        points: 10,
        detail: { level: 'shared', shared: ['ready_for_financing'] },
      });
      const outside = scoreMatch({ seeker: investor(), candidate: project({ stages: ['idea'] }) });
      expect(reasonOf(outside.reasons, 'stage')).toMatchObject({ points: 0, detail: { level: 'none' } });
    });
    it('instrument overlap', () => {
      const score = scoreMatch({ seeker: investor({ instruments: ['grant'] }), candidate: project() });
      expect(reasonOf(score.reasons, 'instrument')).toMatchObject({ points: 0, detail: { level: 'none' } });
      const any = scoreMatch({ seeker: investor({ instruments: [] }), candidate: project() });
      expect(reasonOf(any.reasons, 'instrument')).toMatchObject({ points: 7, detail: { level: 'any' } });
    });
    it('language overlap', () => {
      const score = scoreMatch({ seeker: investor(), candidate: project() });
      expect(reasonOf(score.reasons, 'language')).toMatchObject({ points: 5, detail: { shared: ['ru'] } });
      const none = scoreMatch({ seeker: investor({ languages: ['zh'] }), candidate: project() });
      expect(reasonOf(none.reasons, 'language')).toMatchObject({ points: 0 });
    });
  });

  describe('keywords in any of the three languages', () => {
    it('a Russian investor keyword finds a Chinese project summary through a shared concept', () => {
      const seeker = investor({ keywordTokens: keywordTokensOf({ texts: ['солнечная энергетика'] }) });
      const candidate = project({ keywordTokens: keywordTokensOf({ texts: ['建设100兆瓦光伏电站'] }) });
      const reason = reasonOf(scoreMatch({ seeker, candidate }).reasons, 'keywords');
      expect(reason).toMatchObject({ points: 5, detail: { concepts: ['solar'], words: [] } });
    });
    it('English and Chinese share cotton and textiles', () => {
      const seeker = investor({ keywordTokens: keywordTokensOf({ texts: ['cotton spinning and textiles'] }) });
      const candidate = project({ keywordTokens: keywordTokensOf({ texts: ['棉纺织产业园'] }) });
      const reason = reasonOf(scoreMatch({ seeker, candidate }).reasons, 'keywords');
      expect(reason?.detail).toMatchObject({ concepts: ['cotton', 'textiles'] });
      expect(reason?.points).toBe(10);
    });
    it('shared words count less than concepts and the factor is capped', () => {
      const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota'];
      const reason = reasonOf(
        scoreMatch({ seeker: investor({ keywordTokens: words }), candidate: project({ keywordTokens: words }) })
          .reasons,
        'keywords',
      );
      expect(reason).toMatchObject({ points: 15, maxPoints: 15 });
      expect(reason?.detail).toMatchObject({ words: words.slice().sort().slice(0, 8) });
    });
    it('numbers and Latin words of two letters or fewer are no shared keywords', () => {
      const texts = ['EV battery plant of 300 MW in KZ, 2027'];
      const seeker = investor({ keywordTokens: keywordTokensOf({ texts }) });
      const candidate = project({ keywordTokens: keywordTokensOf({ texts }) });
      const reason = reasonOf(scoreMatch({ seeker, candidate }).reasons, 'keywords');
      expect(reason?.detail).toMatchObject({ words: ['battery', 'plant'] });
      expect(reason?.detail).not.toMatchObject({ words: expect.arrayContaining(['ev']) });
      const noise = reasonOf(
        scoreMatch({
          seeker: investor({ keywordTokens: ['ev', 'mw', 'kz', '300', '2027'] }),
          candidate: project({ keywordTokens: ['ev', 'mw', 'kz', '300', '2027'] }),
        }).reasons,
        'keywords',
      );
      expect(noise).toMatchObject({ points: 0, detail: { concepts: [], words: [] } });
    });
    it('nothing shared, no points', () => {
      const reason = reasonOf(
        scoreMatch({
          seeker: investor({ keywordTokens: ['concept:wind'] }),
          candidate: project({ keywordTokens: ['concept:solar'] }),
        }).reasons,
        'keywords',
      );
      expect(reason?.points).toBe(0);
    });
  });

  describe('hard filters', () => {
    it('never matches a listing with its own owner', () => {
      expect(scoreMatch({ seeker: investor(), candidate: project({ ownerUserId: 'investor' }) }).excludedBy).toBe(
        'own_listing',
      );
    });
    it('only complementary partnering types', () => {
      const offer = partnering('technology_offer');
      expect(areComplementary(offer, partnering('technology_request', { ownerUserId: 'x' }))).toBe(true);
      expect(areComplementary(offer, partnering('technology_offer', { ownerUserId: 'x' }))).toBe(false);
      expect(areComplementary(offer, partnering('business_request', { ownerUserId: 'x' }))).toBe(false);
      expect(areComplementary(partnering('rnd_cooperation'), partnering('rnd_cooperation'))).toBe(true);
      expect(areComplementary(partnering('startup'), investor())).toBe(true);
      expect(areComplementary(partnering('startup'), partnering('startup'))).toBe(false);
      expect(areComplementary(investor(), investor())).toBe(false);
      expect(areComplementary(project(), partnering('business_offer'))).toBe(true);
      expect(areComplementary(project(), project())).toBe(false);
      expect(
        scoreMatch({ seeker: offer, candidate: partnering('business_offer', { ownerUserId: 'x' }) }).excludedBy,
      ).toBe('not_complementary');
    });
  });

  it('scores 0–100 as the share of the points of the factors that apply', () => {
    const score = scoreMatch({
      seeker: partnering('business_offer', { languages: ['en'] }),
      candidate: partnering('business_request', { ownerUserId: 'x', languages: ['zh'] }),
    });
    const won = score.reasons.reduce((sum, r) => sum + r.points, 0);
    const possible = score.reasons.reduce((sum, r) => sum + r.maxPoints, 0);
    expect(score.total).toBe(Math.round((100 * won) / possible));
    expect(score.total).toBeGreaterThanOrEqual(0);
    expect(score.total).toBeLessThanOrEqual(100);
  });
});
