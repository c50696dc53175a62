import type { Language } from '../localized-text.ts';

/** A notification's short text in each working language (plain strings: we write them, no provenance to show). */
export interface NotificationTitle {
  zh: string;
  ru: string;
  en: string;
}

const platformAbbreviation: Record<Language, string> = { zh: '上合组织', ru: 'ШОС', en: 'SCO' };

const whyYouReceiveThis: Record<Language, string> = {
  zh: '您收到这封邮件，是因为您在上海合作组织合作平台上关注了相关内容。可在平台的“我的关注”中取消关注。',
  ru: 'Вы получили это письмо, потому что подписаны на эти сведения на Платформе сотрудничества ШОС. Отписаться можно в разделе «Мои подписки».',
  en: 'You receive this e-mail because you follow this on the SCO Cooperation Platform. You can stop following it under “My subscriptions”.',
};

/** The e-mail that carries a notification, in the recipient's language. The link is added when it is sent. */
export function buildNotificationEmail(options: { title: NotificationTitle; language: Language }): {
  subject: string;
  bodyText: string;
} {
  const { title, language } = options;
  return {
    subject: `[${platformAbbreviation[language]}] ${title[language]}`,
    bodyText: `${title[language]}\n\n${whyYouReceiveThis[language]}`,
  };
}

/**
 * The text actually sent: the stored body, then the notification's link made absolute. The link is resolved at
 * sending time so queued mail follows the deployment's current public address; without one, no link is sent
 * (a bare path means nothing in a mail client).
 */
export function composeOutgoingText(options: {
  bodyText: string;
  link: string | null;
  publicBaseUrl: string | null;
}): string {
  const { bodyText, link, publicBaseUrl } = options;
  if (!link || !publicBaseUrl) return bodyText;
  return `${bodyText}\n\n${new URL(link, publicBaseUrl).toString()}`;
}

/** Which stored language a user's e-mails use; anything unexpected falls back to English, the column default. */
export const emailLanguageOf = (preferredLanguage: string): Language =>
  preferredLanguage === 'zh' || preferredLanguage === 'ru' ? preferredLanguage : 'en';
