/** The schedule settings of a forum that must agree with each other, as the Secretariat enters them. */
export interface ForumSettings {
  startsOn: string;
  endsOn: string;
  timeZone: string;
  dayStart: string;
  dayEnd: string;
  slotMinutes: number;
  tableCount: number;
}

export interface ForumSettingsProblem {
  field: keyof ForumSettings;
  /** Which rule is broken, for readers who show the problem in their own language. */
  rule: 'ends_before_start' | 'too_long' | 'day_not_positive' | 'slots_do_not_fit';
  message: string;
}

/** The fields that place meetings in time and at tables: changing them would move or orphan booked meetings. */
export const scheduleFields = [
  'startsOn',
  'endsOn',
  'timeZone',
  'dayStart',
  'dayEnd',
  'slotMinutes',
  'tableCount',
] as const satisfies readonly (keyof ForumSettings)[];

/** A forum lasts at most this many days: the slot grid is built in full for every reader. */
export const maxForumDays = 31;

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
};
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Whether a name is an IANA time zone this runtime knows (as `Intl` resolves it). */
export function isIanaTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with a forum's settings taken together (each field is assumed well-formed on its own): the last day
 * before the first, a day that ends before it starts, slots that do not fill the day exactly, an overlong forum.
 */
export function forumSettingsProblems(settings: ForumSettings): ForumSettingsProblem[] {
  const problems: ForumSettingsProblem[] = [];
  const days = daysBetween(settings.startsOn, settings.endsOn);
  if (days < 0) {
    problems.push({
      field: 'endsOn',
      rule: 'ends_before_start',
      message: `endsOn (${settings.endsOn}) is before startsOn (${settings.startsOn}).`,
    });
  } else if (days + 1 > maxForumDays) {
    problems.push({ field: 'endsOn', rule: 'too_long', message: `A forum lasts at most ${maxForumDays} days.` });
  }
  const dayLength = minutesOf(settings.dayEnd) - minutesOf(settings.dayStart);
  if (dayLength <= 0) {
    problems.push({
      field: 'dayEnd',
      rule: 'day_not_positive',
      message: `dayEnd (${settings.dayEnd}) must be later than dayStart (${settings.dayStart}).`,
    });
  } else if (dayLength % settings.slotMinutes !== 0) {
    problems.push({
      field: 'slotMinutes',
      rule: 'slots_do_not_fit',
      message: `${settings.slotMinutes}-minute slots do not divide the day from ${settings.dayStart} to ${settings.dayEnd} (${dayLength} minutes).`,
    });
  }
  return problems;
}

/** The schedule fields whose value differs between the stored forum and its edited form. */
export function changedScheduleFields(options: {
  before: ForumSettings;
  after: ForumSettings;
}): (typeof scheduleFields)[number][] {
  const { before, after } = options;
  return scheduleFields.filter((field) => before[field] !== after[field]);
}
