import { describe, expect, it } from 'vitest';
import { localized, presentLocalizedText } from '../../../core/src/localized-text.ts';
import {
  assembleImplementationReport,
  type ImplementationReportData,
  type StageChangeRecord,
  stageBefore,
} from './assemble-implementation-report.ts';

const text = (zh: string, en?: string) => presentLocalizedText(localized({ language: 'zh', text: zh }, { en }));

const change = (changedOn: string, toStage: StageChangeRecord['toStage'], statementId: string | null = null) => ({
  fromStage: null,
  toStage,
  changedOn,
  statementId,
  reportId: null,
  note: null,
});

const initiative = (
  id: string,
  overrides: Partial<ImplementationReportData['initiatives'][number]> = {},
): ImplementationReportData['initiatives'][number] => ({
  id,
  title: text(`倡议${id}`, `Initiative ${id}`),
  stage: 'noted',
  stageChangedOn: '2025-11-18',
  topics: ['trade'],
  leadCountryCode: null,
  leadBody: null,
  dueOn: null,
  history: [change('2025-11-18', 'noted', 's1')],
  ...overrides,
});

const data = (): ImplementationReportData => ({
  initiatives: [
    initiative('portal', { topics: ['trade', 'digital_economy'], leadCountryCode: 'KZ', dueOn: '2026-12-31' }),
    initiative('bank', {
      topics: ['finance'],
      stage: 'approved',
      stageChangedOn: '2025-11-18',
      history: [change('2024-06-01', 'noted', 's0'), { ...change('2025-11-18', 'approved', 's1'), fromStage: 'noted' }],
    }),
    initiative('old', {
      topics: ['trade'],
      stage: 'implemented',
      stageChangedOn: '2023-05-01',
      history: [change('2022-01-10', 'noted'), change('2023-05-01', 'implemented')],
    }),
    initiative('later', { topics: ['trade'], history: [change('2026-03-01', 'proposed', 's9')], stage: 'proposed' }),
    initiative('ongoing', {
      topics: ['energy'],
      stage: 'in_progress',
      stageChangedOn: '2024-02-01',
      history: [change('2024-02-01', 'in_progress')],
    }),
  ],
  statements: [
    {
      id: 's1',
      meetingId: 'heads-of-government-24',
      ordinal: 14,
      meetingDate: '2025-11-18',
      meetingTitle: text('第二十四次会议联合公报'),
      text: text('各代表团团长注意到…'),
    },
  ],
  reports: [
    {
      id: 'r1',
      initiativeId: 'portal',
      countryCode: 'KZ',
      periodStart: '2025-11-18',
      periodEnd: '2026-03-31',
      status: 'in_progress',
      progressPercent: 40,
      narrative: presentLocalizedText({ ru: { text: 'Разработан проект концепции портала.', provenance: 'official' } }),
      reviewedAt: '2026-04-02T10:00:00.000Z',
    },
    {
      id: 'r2',
      initiativeId: 'bank',
      countryCode: 'CN',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      status: 'in_progress',
      progressPercent: 10,
      narrative: text('开展了可行性研究。'),
      reviewedAt: null,
    },
  ],
  events: [
    {
      id: 'e-held',
      name: text('上合组织成员国第二十四次经贸部长会议'),
      start: { date: '2025-09-06', precision: 'day' },
      end: { date: '2025-09-06', precision: 'day' },
      place: text('符拉迪沃斯托克'),
      hostCountryCode: 'RU',
      format: 'in_person',
      status: 'held',
      topics: ['trade'],
    },
    {
      id: 'e-planned',
      name: text('人工智能专家会议'),
      start: { date: '2025-12-01', precision: 'day' },
      end: null,
      place: null,
      hostCountryCode: null,
      format: 'in_person',
      status: 'planned',
      topics: ['ai'],
    },
    {
      id: 'e-energy',
      name: text('能源部长会议'),
      start: { date: '2025-06-20', precision: 'day' },
      end: null,
      place: null,
      hostCountryCode: 'KZ',
      format: 'video',
      status: 'held',
      topics: ['energy'],
    },
  ],
});

const year2025 = { from: '2025-01-01', to: '2025-12-31' };
const generatedAt = new Date('2026-01-15T08:00:00Z');

describe('stageBefore', () => {
  it('gives the stage an initiative was in when a day began', () => {
    const history = [change('2024-06-01', 'noted'), change('2025-11-18', 'approved')];
    expect(stageBefore(history, '2024-06-01')).toBeNull();
    expect(stageBefore(history, '2024-06-02')).toBe('noted');
    expect(stageBefore(history, '2025-11-18')).toBe('noted');
    expect(stageBefore(history, '2026-01-01')).toBe('approved');
  });
});

describe('assembleImplementationReport', () => {
  it('takes the initiatives on the agenda in the period, with their stage changes in it and the statements behind them', () => {
    const report = assembleImplementationReport({ data: data(), ...year2025, topics: [], language: 'en', generatedAt });
    expect(report.initiatives.map((i) => i.id)).toEqual(['portal', 'bank', 'ongoing']);
    const bank = report.initiatives.find((i) => i.id === 'bank')!;
    expect(bank.stageChanges).toEqual([
      {
        fromStage: 'noted',
        toStage: 'approved',
        changedOn: '2025-11-18',
        statement: expect.objectContaining({ id: 's1', ordinal: 14 }),
        reportId: null,
        note: null,
      },
    ]);
    const portal = report.initiatives.find((i) => i.id === 'portal')!;
    expect(portal).toMatchObject({ leadCountryCode: 'KZ', dueOn: '2026-12-31' });
    expect(report.initiatives.find((i) => i.id === 'ongoing')!.stageChanges).toEqual([]);
  });

  it('keeps accepted reports that cover part of the period, and the events held in it', () => {
    const report = assembleImplementationReport({ data: data(), ...year2025, topics: [], language: 'en', generatedAt });
    expect(report.reports.map((r) => r.id)).toEqual(['r1']);
    expect(report.reports[0]!.initiative).toEqual({ id: 'portal', title: text('倡议portal', 'Initiative portal') });
    expect(report.events.map((e) => e.id)).toEqual(['e-energy', 'e-held']);
    expect(report.events[0]).not.toHaveProperty('status');
  });

  it('narrows everything to the topics asked for', () => {
    const report = assembleImplementationReport({
      data: data(),
      ...year2025,
      topics: ['trade'],
      language: 'en',
      generatedAt,
    });
    expect(report.initiatives.map((i) => i.id)).toEqual(['portal']);
    expect(report.events.map((e) => e.id)).toEqual(['e-held']);
    expect(report.summary.initiativesByTopic).toEqual([{ value: 'trade', count: 1 }]);
  });

  it('counts initiatives by stage and topic, and reports by country', () => {
    const report = assembleImplementationReport({
      data: data(),
      from: '2024-01-01',
      to: '2025-12-31',
      topics: [],
      language: 'zh',
      generatedAt,
    });
    expect(report.summary).toEqual({
      initiatives: 3,
      stageChanges: 4,
      reports: 2,
      events: 2,
      initiativesByStage: [
        { value: 'noted', count: 1 },
        { value: 'approved', count: 1 },
        { value: 'in_progress', count: 1 },
      ],
      initiativesByTopic: [
        { value: 'trade', count: 1 },
        { value: 'finance', count: 1 },
        { value: 'digital_economy', count: 1 },
        { value: 'energy', count: 1 },
      ],
      reportsByCountry: [
        { value: 'CN', count: 1 },
        { value: 'KZ', count: 1 },
      ],
    });
    expect(report).toMatchObject({
      period: { from: '2024-01-01', to: '2025-12-31' },
      topics: [],
      language: 'zh',
      generatedAt: '2026-01-15T08:00:00.000Z',
    });
    expect(report.provenanceNote).toMatch(/unofficial_translation/);
  });

  it('says nothing for a period before anything was on the agenda', () => {
    const report = assembleImplementationReport({
      data: data(),
      from: '2020-01-01',
      to: '2020-12-31',
      topics: [],
      language: 'ru',
      generatedAt,
    });
    expect(report.initiatives).toEqual([]);
    expect(report.reports).toEqual([]);
    expect(report.events).toEqual([]);
    expect(report.summary.initiativesByStage).toEqual([]);
  });
});
