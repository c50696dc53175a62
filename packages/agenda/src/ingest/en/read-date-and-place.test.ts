import { describe, expect, it } from 'vitest';
import { readDateAndPlace } from './read-date-and-place.ts';

describe('readDateAndPlace', () => {
  it.each([
    ['Tianjin, 1 September 2025', '2025-09-01', 'Tianjin', false],
    ['June 5, 2025, Astana', '2025-06-05', 'Astana', false],
    ['4 July 2023, video conference format', '2023-07-04', null, true],
    ['2026, Dushanbe', '2026-01-01', 'Dushanbe', false],
    ['adopted in 2021', '2021-01-01', null, false],
  ] as const)('%s', (note, date, place, video) => {
    const read = readDateAndPlace(note);
    expect(read?.dates.start.date).toBe(date);
    expect(read?.place).toBe(place);
    expect(read?.video).toBe(video);
  });

  it('reads nothing from a note without a date', () => {
    expect(readDateAndPlace('Kyrgyz Republic')).toBeNull();
  });
});
