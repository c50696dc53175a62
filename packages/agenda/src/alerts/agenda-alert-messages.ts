import { findCountry } from '../../../core/src/countries.ts';
import { type Language, type LocalizedText, languages } from '../../../core/src/localized-text.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import type { InitiativeStage } from '../vocabulary.ts';

/** The stage names the web app shows (apps/web locales, vocab.stage), for texts written on the server. */
const stageNames: Record<InitiativeStage, NotificationTitle> = {
  proposed: { zh: '已提出', ru: 'Предложена', en: 'Proposed' },
  noted: { zh: '已注意到', ru: 'Принята к сведению', en: 'Noted' },
  supported: { zh: '已获支持', ru: 'Поддержана', en: 'Supported' },
  approved: { zh: '已批准', ru: 'Утверждена', en: 'Approved' },
  in_progress: { zh: '实施中', ru: 'Реализуется', en: 'In progress' },
  implemented: { zh: '已落实', ru: 'Реализована', en: 'Implemented' },
  stalled: { zh: '停滞', ru: 'Приостановлена', en: 'Stalled' },
  withdrawn: { zh: '已撤回', ru: 'Отозвана', en: 'Withdrawn' },
};

/**
 * A stored name in the wanted language, or else in the first language that has it (the official text usually):
 * a notice names its subject in some language rather than not at all.
 */
export function nameIn(value: LocalizedText | null | undefined, language: Language): string {
  const own = value?.[language]?.text;
  if (own) return own;
  for (const other of languages) {
    const text = value?.[other]?.text;
    if (text) return text;
  }
  return '—';
}

const countryNameIn = (code: string, language: Language) => findCountry(code)?.name[language] ?? code;

export const stageChangedTitle = (options: {
  initiativeTitle: LocalizedText;
  to: InitiativeStage;
}): NotificationTitle => {
  const { initiativeTitle, to } = options;
  return {
    zh: `倡议“${nameIn(initiativeTitle, 'zh')}”进入新阶段：${stageNames[to].zh}`,
    ru: `Инициатива «${nameIn(initiativeTitle, 'ru')}»: новая стадия — ${stageNames[to].ru}`,
    en: `Initiative “${nameIn(initiativeTitle, 'en')}” moved to: ${stageNames[to].en}`,
  };
};

export const reportAcceptedTitle = (options: {
  initiativeTitle: LocalizedText;
  countryCode: string;
}): NotificationTitle => {
  const { initiativeTitle, countryCode } = options;
  return {
    zh: `${countryNameIn(countryCode, 'zh')}关于倡议“${nameIn(initiativeTitle, 'zh')}”的实施报告已被接受`,
    ru: `Принят отчёт (${countryNameIn(countryCode, 'ru')}) по инициативе «${nameIn(initiativeTitle, 'ru')}»`,
    en: `Report accepted: ${countryNameIn(countryCode, 'en')} on “${nameIn(initiativeTitle, 'en')}”`,
  };
};

export const meetingPublishedTitle = (options: { meetingTitle: LocalizedText }): NotificationTitle => {
  const { meetingTitle } = options;
  return {
    zh: `新文本已发布：${nameIn(meetingTitle, 'zh')}`,
    ru: `Опубликованы тексты: ${nameIn(meetingTitle, 'ru')}`,
    en: `New texts published: ${nameIn(meetingTitle, 'en')}`,
  };
};

export const initiativeOverdueTitle = (options: {
  initiativeTitle: LocalizedText;
  dueOn: string;
}): NotificationTitle => {
  const { initiativeTitle, dueOn } = options;
  return {
    zh: `倡议“${nameIn(initiativeTitle, 'zh')}”已逾期（截止日期：${dueOn}）`,
    ru: `Инициатива «${nameIn(initiativeTitle, 'ru')}» просрочена (срок — ${dueOn})`,
    en: `Initiative “${nameIn(initiativeTitle, 'en')}” is overdue (due ${dueOn})`,
  };
};
