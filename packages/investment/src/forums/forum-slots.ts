import { DomainError } from '../../../core/src/errors.ts';

/** The schedule settings of a forum: days, local slot times in its time zone. */
export interface ForumSchedule {
  startsOn: string;
  endsOn: string;
  /** IANA time zone of the venue. */
  timeZone: string;
  /** Local HH:MM of the first slot's start and of the last slot's end. */
  dayStart: string;
  dayEnd: string;
  slotMinutes: number;
}

export interface ForumSlot {
  start: Date;
  end: Date;
  /** The forum day (local date, YYYY-MM-DD) and the local start time (HH:MM). */
  localDate: string;
  localTime: string;
}

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
};
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The local calendar date and time of an instant in a time zone. */
export function localPartsOf(instant: Date, timeZone: string): { date: string; minutes: number; seconds: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/** The offset of a time zone from UTC at an instant, in minutes (east positive). */
function offsetMinutesAt(instant: Date, timeZone: string): number {
  const local = localPartsOf(instant, timeZone);
  const [year, month, day] = local.date.split('-').map(Number);
  const asUtc = Date.UTC(year!, month! - 1, day!, 0, local.minutes, local.seconds);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a local wall-clock time in a time zone denotes. Two passes settle the offset across a daylight-saving
 * change; a time that does not exist locally (skipped by the change) comes back shifted by the gap.
 */
export function instantOfLocal(options: { date: string; time: string; timeZone: string }): Date {
  const { date, time, timeZone } = options;
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year!, month! - 1, day!, 0, minutesOf(time));
  let guess = wall - offsetMinutesAt(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutesAt(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every slot of a forum, day by day, in order. */
export function forumSlots(schedule: ForumSchedule): ForumSlot[] {
  const slots: ForumSlot[] = [];
  const first = minutesOf(schedule.dayStart);
  const last = minutesOf(schedule.dayEnd);
  for (let date = schedule.startsOn; date <= schedule.endsOn; date = addDays(date, 1)) {
    for (let minutes = first; minutes + schedule.slotMinutes <= last; minutes += schedule.slotMinutes) {
      const localTime = timeOf(minutes);
      const start = instantOfLocal({ date, time: localTime, timeZone: schedule.timeZone });
      slots.push({ start, end: new Date(start.getTime() + schedule.slotMinutes * 60_000), localDate: date, localTime });
    }
  }
  return slots;
}

/**
 * The slot that starts at an instant, or a `conflict` saying why there is none: outside the forum's days or hours,
 * or not on the slot grid.
 */
export function slotStartingAt(options: { schedule: ForumSchedule; start: Date }): ForumSlot {
  const { schedule, start } = options;
  const local = localPartsOf(start, schedule.timeZone);
  const first = minutesOf(schedule.dayStart);
  const last = minutesOf(schedule.dayEnd);
  if (local.date < schedule.startsOn || local.date > schedule.endsOn) {
    throw new DomainError(
      'conflict',
      `That slot is outside the forum: it runs from ${schedule.startsOn} to ${schedule.endsOn} (${schedule.timeZone}).`,
      { reason: 'outside_forum' },
    );
  }
  if (local.minutes < first || local.minutes + schedule.slotMinutes > last) {
    throw new DomainError(
      'conflict',
      `That slot is outside the forum's hours: meetings run from ${schedule.dayStart} to ${schedule.dayEnd} local time (${schedule.timeZone}).`,
      { reason: 'outside_forum' },
    );
  }
  const aligned =
    (local.minutes - first) % schedule.slotMinutes === 0 && local.seconds === 0 && start.getMilliseconds() === 0;
  const slot = aligned ? { localDate: local.date, localTime: timeOf(local.minutes) } : null;
  const expected = slot
    ? instantOfLocal({ date: slot.localDate, time: slot.localTime, timeZone: schedule.timeZone })
    : null;
  if (!slot || !expected || expected.getTime() !== start.getTime()) {
    throw new DomainError(
      'conflict',
      `That time is not the start of a slot: slots last ${schedule.slotMinutes} minutes from ${schedule.dayStart} local time.`,
      { reason: 'slot_not_aligned' },
    );
  }
  return { start, end: new Date(start.getTime() + schedule.slotMinutes * 60_000), ...slot };
}
