import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { type ForumSchedule, forumSlots, instantOfLocal, slotStartingAt } from './forum-slots.ts';

const almaty: ForumSchedule = {
  startsOn: '2026-09-15',
  endsOn: '2026-09-16',
  timeZone: 'Asia/Almaty',
  dayStart: '09:00',
  dayEnd: '12:00',
  slotMinutes: 30,
};

const reasonOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details?.reason;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('instantOfLocal', () => {
  it('turns local wall-clock time into UTC in zones east and west', () => {
    // Almaty has been UTC+5 since March 2024; Moscow is UTC+3 all year.
    expect(instantOfLocal({ date: '2026-09-15', time: '09:00', timeZone: 'Asia/Almaty' }).toISOString()).toBe(
      '2026-09-15T04:00:00.000Z',
    );
    expect(instantOfLocal({ date: '2026-09-15', time: '09:00', timeZone: 'Europe/Moscow' }).toISOString()).toBe(
      '2026-09-15T06:00:00.000Z',
    );
    expect(instantOfLocal({ date: '2026-09-15', time: '09:00', timeZone: 'Asia/Kolkata' }).toISOString()).toBe(
      '2026-09-15T03:30:00.000Z',
    );
  });

  it('follows daylight saving time', () => {
    expect(instantOfLocal({ date: '2026-01-15', time: '09:00', timeZone: 'Europe/Berlin' }).toISOString()).toBe(
      '2026-01-15T08:00:00.000Z',
    );
    expect(instantOfLocal({ date: '2026-07-15', time: '09:00', timeZone: 'Europe/Berlin' }).toISOString()).toBe(
      '2026-07-15T07:00:00.000Z',
    );
  });
});

describe('forumSlots', () => {
  it('lists each day from the day start to the day end in slot steps', () => {
    const slots = forumSlots(almaty);
    expect(slots).toHaveLength(12);
    expect(slots[0]).toMatchObject({ localDate: '2026-09-15', localTime: '09:00' });
    expect(slots[0]!.start.toISOString()).toBe('2026-09-15T04:00:00.000Z');
    expect(slots[5]).toMatchObject({ localDate: '2026-09-15', localTime: '11:30' });
    expect(slots[5]!.end.toISOString()).toBe('2026-09-15T07:00:00.000Z');
    expect(slots[6]).toMatchObject({ localDate: '2026-09-16', localTime: '09:00' });
  });

  it('keeps local times across a daylight-saving change', () => {
    const slots = forumSlots({ ...almaty, timeZone: 'Europe/Berlin', startsOn: '2026-03-28', endsOn: '2026-03-30' });
    expect(slots.filter((slot) => slot.localTime === '09:00').map((slot) => slot.start.toISOString())).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });
});

describe('slotStartingAt', () => {
  it('finds a slot on the grid', () => {
    const slot = slotStartingAt({ schedule: almaty, start: new Date('2026-09-16T05:30:00Z') });
    expect(slot).toMatchObject({ localDate: '2026-09-16', localTime: '10:30' });
    expect(slot.end.toISOString()).toBe('2026-09-16T06:00:00.000Z');
  });

  it('refuses days and hours outside the forum', () => {
    expect(reasonOf(() => slotStartingAt({ schedule: almaty, start: new Date('2026-09-17T04:00:00Z') }))).toBe(
      'outside_forum',
    );
    // 08:30 local is before the day starts; 11:45 local would end after it ends.
    expect(reasonOf(() => slotStartingAt({ schedule: almaty, start: new Date('2026-09-15T03:30:00Z') }))).toBe(
      'outside_forum',
    );
    expect(reasonOf(() => slotStartingAt({ schedule: almaty, start: new Date('2026-09-15T06:45:00Z') }))).toBe(
      'outside_forum',
    );
  });

  it('refuses a time off the slot grid', () => {
    expect(reasonOf(() => slotStartingAt({ schedule: almaty, start: new Date('2026-09-15T04:10:00Z') }))).toBe(
      'slot_not_aligned',
    );
    expect(reasonOf(() => slotStartingAt({ schedule: almaty, start: new Date('2026-09-15T04:00:30Z') }))).toBe(
      'slot_not_aligned',
    );
  });

  it('judges the day by the forum’s time zone, not UTC', () => {
    // 23:00 UTC on the 14th is already 04:00 on the 15th in Almaty: before the day starts, yet on a forum day.
    const schedule = { ...almaty, dayStart: '04:00' };
    expect(slotStartingAt({ schedule, start: new Date('2026-09-14T23:00:00Z') })).toMatchObject({
      localDate: '2026-09-15',
      localTime: '04:00',
    });
  });
});
