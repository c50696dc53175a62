import { describe, expect, it } from 'vitest';
import {
  changedScheduleFields,
  type ForumSettings,
  forumSettingsProblems,
  isIanaTimeZone,
  maxForumDays,
} from './forum-settings-rules.ts';

const valid: ForumSettings = {
  startsOn: '2027-06-01',
  endsOn: '2027-06-02',
  timeZone: 'Asia/Almaty',
  dayStart: '09:00',
  dayEnd: '12:00',
  slotMinutes: 30,
  tableCount: 10,
};

describe('isIanaTimeZone', () => {
  it('accepts zone names the runtime knows', () => {
    expect(isIanaTimeZone('Asia/Almaty')).toBe(true);
    expect(isIanaTimeZone('Europe/Moscow')).toBe(true);
    expect(isIanaTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isIanaTimeZone('UTC')).toBe(true);
  });

  it('refuses unknown names, offsets and empty text', () => {
    expect(isIanaTimeZone('Asia/Atlantis')).toBe(false);
    expect(isIanaTimeZone('+05:00')).toBe(false);
    expect(isIanaTimeZone('')).toBe(false);
    expect(isIanaTimeZone('Asia/Almaty; drop')).toBe(false);
  });
});

describe('forumSettingsProblems', () => {
  it('finds nothing wrong with consistent settings, including a one-day forum', () => {
    expect(forumSettingsProblems(valid)).toEqual([]);
    expect(forumSettingsProblems({ ...valid, endsOn: valid.startsOn })).toEqual([]);
  });

  it('names a last day before the first', () => {
    expect(forumSettingsProblems({ ...valid, endsOn: '2027-05-31' })).toEqual([
      { field: 'endsOn', rule: 'ends_before_start', message: 'endsOn (2027-05-31) is before startsOn (2027-06-01).' },
    ]);
  });

  it(`refuses a forum longer than ${maxForumDays} days`, () => {
    expect(forumSettingsProblems({ ...valid, endsOn: '2027-07-01' })).toEqual([]);
    expect(forumSettingsProblems({ ...valid, endsOn: '2027-07-02' }).map((problem) => problem.rule)).toEqual([
      'too_long',
    ]);
  });

  it('names a day that ends before or when it starts', () => {
    for (const dayEnd of ['09:00', '08:30']) {
      expect(forumSettingsProblems({ ...valid, dayEnd })).toEqual([
        {
          field: 'dayEnd',
          rule: 'day_not_positive',
          message: `dayEnd (${dayEnd}) must be later than dayStart (09:00).`,
        },
      ]);
    }
  });

  it('names slots that do not fill the day exactly', () => {
    expect(forumSettingsProblems({ ...valid, slotMinutes: 40 })).toEqual([
      {
        field: 'slotMinutes',
        rule: 'slots_do_not_fit',
        message: '40-minute slots do not divide the day from 09:00 to 12:00 (180 minutes).',
      },
    ]);
    expect(forumSettingsProblems({ ...valid, slotMinutes: 60 })).toEqual([]);
  });
});

describe('changedScheduleFields', () => {
  it('lists only the schedule fields that changed', () => {
    expect(changedScheduleFields({ before: valid, after: { ...valid } })).toEqual([]);
    expect(
      changedScheduleFields({ before: valid, after: { ...valid, slotMinutes: 20, tableCount: 12, dayEnd: '13:00' } }),
    ).toEqual(['dayEnd', 'slotMinutes', 'tableCount']);
  });
});
