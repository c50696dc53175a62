import { findAgendaRecords } from '../../../agenda/src/index.ts';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import { type LocalizedText, localized } from '../../../core/src/localized-text.ts';
import type { ModuleContext } from '../../../core/src/module/platform-module.ts';
import { forums } from '../tables.ts';

/**
 * The agenda initiative of the 24th Heads of Government communiqué (2025): “每年举办“上合组织投资”论坛” — the heads of
 * delegation noted the proposal to hold an annual "SCO Investment" forum (statement 32 of the communiqué).
 */
export const scoInvestmentForumInitiativeId = 'ini-7630e47e00ad';
export const scoInvestmentForumId = 'sco-investment-forum-2027';

/**
 * The annual "SCO Investment" forum the communiqué proposes. The communiqué decides neither its date nor its venue,
 * so the dates, venue, hours and tables here are a demonstration schedule, stored and shown as demo.
 */
export async function seedForums({ db }: ModuleContext): Promise<void> {
  const found = await findAgendaRecords({ db, initiativeIds: [scoInvestmentForumInitiativeId], documentIds: [] });
  const initiativeId = found.initiatives.length > 0 ? scoInvestmentForumInitiativeId : null;
  const forum = {
    id: scoInvestmentForumId,
    // The Chinese name is the communiqué's wording; the others are our unofficial translations.
    name: localized(
      { language: 'zh', text: '“上合组织投资”论坛' },
      { ru: 'Форум «Инвестиции ШОС»', en: '"SCO Investment" Forum' },
    ),
    // Our own words, not an SCO text: every language is marked as written for this platform.
    place: {
      zh: { text: '塔什干（演示会场：公报未确定日期和地点）', provenance: 'unofficial_translation' },
      ru: {
        text: 'Ташкент (демонстрационное место: коммюнике не определяет дату и место)',
        provenance: 'unofficial_translation',
      },
      en: {
        text: 'Tashkent (demo venue: the communiqué does not decide the date or venue)',
        provenance: 'unofficial_translation',
      },
    } satisfies LocalizedText,
    startsOn: '2027-05-18',
    endsOn: '2027-05-19',
    timeZone: 'Asia/Tashkent',
    dayStart: '09:00',
    dayEnd: '17:00',
    slotMinutes: 30,
    tableCount: 20,
    maxMeetingsPerParticipant: 12,
    initiativeId,
    isDemo: true,
  };
  await db.transaction(async (tx) => {
    const inserted = await tx.insert(forums).values(forum).onConflictDoNothing().returning({ id: forums.id });
    if (inserted.length === 0) return;
    await appendAuditEntry(tx, {
      actor: systemActor('seed'),
      action: 'forum.seed',
      entityType: 'investment_forum',
      entityId: forum.id,
      after: forum,
    });
  });
}
