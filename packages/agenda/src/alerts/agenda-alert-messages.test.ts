import { describe, expect, it } from 'vitest';
import {
  initiativeOverdueTitle,
  meetingPublishedTitle,
  nameIn,
  reportAcceptedTitle,
  stageChangedTitle,
} from './agenda-alert-messages.ts';

const portal = {
  zh: { text: '电子门户网站', provenance: 'official' as const },
  en: { text: 'E-portal', provenance: 'unofficial_translation' as const },
};

describe('agenda alert titles', () => {
  it('name the initiative in each language, and in its official language where no translation exists', () => {
    const title = stageChangedTitle({ initiativeTitle: portal, to: 'in_progress' });
    expect(title.zh).toBe('倡议“电子门户网站”进入新阶段：实施中');
    expect(title.en).toBe('Initiative “E-portal” moved to: In progress');
    expect(title.ru).toBe('Инициатива «电子门户网站»: новая стадия — Реализуется');
  });

  it('name the reporting state in the reader’s language', () => {
    const title = reportAcceptedTitle({ initiativeTitle: portal, countryCode: 'KZ' });
    expect(title.zh).toContain('哈萨克斯坦');
    expect(title.ru).toContain('Казахстан');
    expect(title.en).toBe('Report accepted: Kazakhstan on “E-portal”');
  });

  it('give the due date of an overdue initiative and the title of a published meeting', () => {
    expect(initiativeOverdueTitle({ initiativeTitle: portal, dueOn: '2026-01-31' }).en).toBe(
      'Initiative “E-portal” is overdue (due 2026-01-31)',
    );
    expect(meetingPublishedTitle({ meetingTitle: { ru: { text: 'Заседание СГП', provenance: 'official' } } }).zh).toBe(
      '新文本已发布：Заседание СГП',
    );
  });
});

describe('nameIn', () => {
  it('shows a dash rather than nothing when no language has a name', () => {
    expect(nameIn({}, 'en')).toBe('—');
    expect(nameIn(null, 'zh')).toBe('—');
  });
});
