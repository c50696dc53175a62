import { type LocalizedText, localized } from '../../../core/src/localized-text.ts';

const sdgNameRows: readonly (readonly [en: string, ru: string, zh: string])[] = [
  ['No poverty', 'Ликвидация нищеты', '无贫穷'],
  ['Zero hunger', 'Ликвидация голода', '零饥饿'],
  ['Good health and well-being', 'Хорошее здоровье и благополучие', '良好健康与福祉'],
  ['Quality education', 'Качественное образование', '优质教育'],
  ['Gender equality', 'Гендерное равенство', '性别平等'],
  ['Clean water and sanitation', 'Чистая вода и санитария', '清洁饮水和卫生设施'],
  ['Affordable and clean energy', 'Недорогостоящая и чистая энергия', '经济适用的清洁能源'],
  ['Decent work and economic growth', 'Достойная работа и экономический рост', '体面工作和经济增长'],
  ['Industry, innovation and infrastructure', 'Индустриализация, инновации и инфраструктура', '产业、创新和基础设施'],
  ['Reduced inequalities', 'Уменьшение неравенства', '减少不平等'],
  ['Sustainable cities and communities', 'Устойчивые города и населённые пункты', '可持续城市和社区'],
  ['Responsible consumption and production', 'Ответственное потребление и производство', '负责任消费和生产'],
  ['Climate action', 'Борьба с изменением климата', '气候行动'],
  ['Life below water', 'Сохранение морских экосистем', '水下生物'],
  ['Life on land', 'Сохранение экосистем суши', '陆地生物'],
  ['Peace, justice and strong institutions', 'Мир, правосудие и эффективные институты', '和平、正义与强大机构'],
  ['Partnerships for the goals', 'Партнёрство в интересах устойчивого развития', '促进目标实现的伙伴关系'],
];

/** The 17 Sustainable Development Goals with their short names: English official, zh and ru unofficial. */
export const sdgGoals: readonly { number: number; name: LocalizedText }[] = sdgNameRows.map(([en, ru, zh], index) => ({
  number: index + 1,
  name: localized({ language: 'en', text: en }, { ru, zh }),
}));

export const sdgSource =
  'United Nations, "Transforming our world: the 2030 Agenda for Sustainable Development" (A/RES/70/1, 2015), short goal names; Chinese and Russian short names are unofficial translations.';
