import { describe, expect, it } from 'vitest';
import en from '../../../../apps/web/src/locales/en.json' with { type: 'json' };
import ru from '../../../../apps/web/src/locales/ru.json' with { type: 'json' };
import zh from '../../../../apps/web/src/locales/zh.json' with { type: 'json' };
import { localized, presentLocalizedText } from '../../../core/src/localized-text.ts';
import type { ImplementationReport } from './implementation-report-contract.ts';
import { escapeHtml, renderImplementationReportHtml } from './render-report-html.ts';
import { implementationReportCsv } from './report-csv.ts';
import { reportLabels } from './report-labels.ts';
import { formatReportDate, pickReportText, provenanceLabel } from './report-text.ts';

/** Chinese official titles with unofficial translations; a Russian narrative with no translation at all. */
const sample = (language: ImplementationReport['language']): ImplementationReport => ({
  period: { from: '2025-01-01', to: '2025-12-31' },
  topics: ['trade'],
  language,
  generatedAt: '2026-01-15T08:00:00.000Z',
  source: 'source',
  provenanceNote: 'note',
  summary: {
    initiatives: 1,
    stageChanges: 1,
    reports: 1,
    events: 1,
    initiativesByStage: [{ value: 'noted', count: 1 }],
    initiativesByTopic: [{ value: 'trade', count: 1 }],
    reportsByCountry: [{ value: 'KZ', count: 1 }],
  },
  initiatives: [
    {
      id: 'ini-portal',
      title: presentLocalizedText(
        localized(
          { language: 'zh', text: '建立专门的电子门户网站' },
          { en: 'A dedicated e-portal', ru: 'Специализированный электронный портал' },
        ),
      ),
      stage: 'noted',
      stageChangedOn: '2025-11-18',
      topics: ['trade', 'digital_economy'],
      leadCountryCode: 'KZ',
      leadBody: null,
      dueOn: '2026-12-31',
      stageChanges: [
        {
          fromStage: null,
          toStage: 'noted',
          changedOn: '2025-11-18',
          statement: {
            id: 'heads-of-government-24-s30',
            meetingId: 'heads-of-government-24',
            ordinal: 30,
            meetingDate: '2025-11-18',
            meetingTitle: presentLocalizedText(
              localized({ language: 'zh', text: '第二十四次会议联合公报' }, { en: 'Joint Communiqué' }),
            ),
            text: presentLocalizedText(localized({ language: 'zh', text: '各代表团团长注意到建立<门户>的倡议。' })),
          },
          reportId: null,
          note: null,
        },
      ],
    },
  ],
  reports: [
    {
      id: 'r1',
      initiative: {
        id: 'ini-portal',
        title: presentLocalizedText(
          localized({ language: 'zh', text: '建立专门的电子门户网站' }, { en: 'A dedicated e-portal' }),
        ),
      },
      countryCode: 'KZ',
      periodStart: '2025-11-18',
      periodEnd: '2026-03-31',
      status: 'in_progress',
      progressPercent: 40,
      narrative: presentLocalizedText({
        ru: { text: 'Разработан проект концепции, "=SUM(1)".', provenance: 'official' },
      }),
      reviewedAt: '2026-01-10T10:00:00.000Z',
    },
  ],
  events: [
    {
      id: 'evt-trade',
      name: presentLocalizedText(
        localized({ language: 'zh', text: '第二十四次经贸部长会议' }, { en: '24th Meeting of Trade Ministers' }),
      ),
      start: { date: '2025-09-06', precision: 'day' },
      end: { date: '2025-09-06', precision: 'day' },
      place: presentLocalizedText(localized({ language: 'zh', text: '符拉迪沃斯托克' }, { en: 'Vladivostok' })),
      hostCountryCode: 'RU',
      format: 'in_person',
    },
  ],
});

describe('report labels', () => {
  it.each([
    ['zh', zh],
    ['ru', ru],
    ['en', en],
  ] as const)('use the web app vocabulary in %s', (language, locale) => {
    const labels = reportLabels[language];
    expect(labels.stage).toEqual(locale.vocab.stage);
    expect(labels.topic).toEqual(locale.vocab.topic);
    expect(labels.reportStatus).toEqual(locale.vocab.reportStatus);
    expect(labels.eventFormat).toEqual(locale.vocab.eventFormat);
  });
});

describe('pickReportText', () => {
  it('shows the language asked for, else the official original flagged as substituted', () => {
    const title = presentLocalizedText(localized({ language: 'zh', text: '莫斯科' }, { en: 'Moscow' }));
    expect(pickReportText(title, 'en')).toEqual({
      text: 'Moscow',
      language: 'en',
      provenance: 'unofficial_translation',
      substituted: false,
    });
    const russian = pickReportText(title, 'ru');
    expect(russian).toEqual({ text: '莫斯科', language: 'zh', provenance: 'official', substituted: true });
    expect(provenanceLabel(russian)).toBe('missing (original: zh)');
    expect(pickReportText(presentLocalizedText({}), 'en')).toBeNull();
  });

  it('formats dates in the report language', () => {
    expect(formatReportDate('2025-11-18', 'zh')).toBe('2025年11月18日');
    expect(formatReportDate('2025-11-18', 'en')).toBe('18 November 2025');
    expect(formatReportDate('2025-11-18', 'ru')).toMatch(/^18 ноября 2025/);
    expect(formatReportDate('2026-01-01', 'en', 'year')).toBe('2026');
  });
});

describe('renderImplementationReportHtml', () => {
  it('writes a self-contained document in the report language with its headings', () => {
    const html = renderImplementationReportHtml(sample('ru'));
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru-RU">/);
    expect(html).toContain(`<h1>${reportLabels.ru.title}</h1>`);
    expect(html).toContain(`<h2>${reportLabels.ru.initiatives}</h2>`);
    expect(html).toContain('Специализированный электронный портал<span class="marker">Неофициальный перевод</span>');
    expect(html).toContain('WenQuanYi Micro Hei');
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
  });

  it('marks a missing translation and shows the original in its language, never silently', () => {
    const html = renderImplementationReportHtml(sample('en'));
    expect(html).toContain(
      '<span lang="ru-RU">Разработан проект концепции, &quot;=SUM(1)&quot;.</span><span class="marker missing">No English text; shown in the original (Russian)</span>',
    );
    expect(html).toContain('<span lang="zh-CN">各代表团团长注意到建立&lt;门户&gt;的倡议。</span>');
    expect(html).toContain('Joint Communiqué<span class="marker">Unofficial translation</span>, paragraph 30');
  });

  it('gives the initiative its stage, lead, due date and the events held', () => {
    const html = renderImplementationReportHtml(sample('zh'));
    expect(html).toContain('<dt>当前阶段</dt><dd>已注意到 · 2025年11月18日</dd>');
    expect(html).toContain('报告期：2025年1月1日至2025年12月31日 · 议题：贸易');
    expect(html).toContain('<dt>议题</dt><dd>贸易、数字经济</dd>');
    expect(html).toContain('<dt>牵头方</dt><dd>哈萨克斯坦</dd>');
    expect(html).toContain('<dt>完成期限</dt><dd>2026年12月31日</dd>');
    expect(html).toContain('第二十四次经贸部长会议');
    expect(html).toContain('<td class="number">40%</td>');
  });

  it('escapes every text', () => {
    expect(escapeHtml(`<b title="x">'&'</b>`)).toBe('&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
  });
});

describe('implementationReportCsv', () => {
  it('is one long table with a section column, texts in the report language and their provenance', () => {
    const csv = implementationReportCsv(sample('en'));
    expect(csv.startsWith('\uFEFFsection,item_id,initiative_id,title,title_provenance,stage,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      '\uFEFFsection',
      'summary_by_stage',
      'summary_by_topic',
      'summary_by_country',
      'initiative',
      'stage_change',
      'report',
      'event',
    ]);
    expect(lines[4]).toContain(
      'initiative,ini-portal,ini-portal,A dedicated e-portal,unofficial_translation,noted,trade; digital_economy,KZ,,2026-12-31,2025-11-18',
    );
    expect(lines[5]).toContain('heads-of-government-24 ¶30');
    expect(lines[6]).toContain('"Разработан проект концепции, ""=SUM(1)"".",missing (original: ru)');
    expect(lines[7]).toContain('event,evt-trade,,24th Meeting of Trade Ministers,unofficial_translation');
  });
});
