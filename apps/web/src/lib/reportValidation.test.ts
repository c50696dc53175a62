import { describe, expect, it } from 'vitest';
import { type ReportDraft, serverFieldKey, validateReport } from './reportValidation.ts';

const valid: ReportDraft = {
  initiativeId: 'i1',
  countryCode: 'KZ',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  status: 'in_progress',
  progressPercent: 40,
  narrativeLanguage: 'ru',
  narrativeText: 'Подготовлен проект соглашения.',
  evidenceLinks: [{ url: 'https://example.org/a', label: 'Press release' }],
};

describe('validateReport', () => {
  it('accepts a valid draft', () => {
    expect(validateReport(valid)).toEqual({});
  });

  it('mirrors the server rules', () => {
    const errors = validateReport({
      ...valid,
      initiativeId: '',
      periodStart: '2026-02-30',
      progressPercent: 101,
      narrativeText: '  short  ',
      evidenceLinks: [{ url: 'ftp://example.org', label: ' ' }],
    });
    expect(errors).toEqual({
      initiativeId: 'initiativeRequired',
      periodStart: 'dateInvalid',
      progressPercent: 'progressRange',
      narrative: 'narrativeShort',
      'link.0.url': 'urlInvalid',
      'link.0.label': 'labelRequired',
    });
  });

  it('checks the period order', () => {
    expect(validateReport({ ...valid, periodStart: '2026-04-01' }).periodEnd).toBe('periodOrder');
  });
});

describe('serverFieldKey', () => {
  it('maps problem paths to fields', () => {
    expect(serverFieldKey('body.narrative.text')).toBe('narrative');
    expect(serverFieldKey('body.evidenceLinks.2.url')).toBe('link.2.url');
    expect(serverFieldKey('body.periodEnd')).toBe('periodEnd');
    expect(serverFieldKey('querystring.limit')).toBeNull();
  });
});
