import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsDateTime, writeIcs } from './ics-writer.ts';

describe('icsDateTime', () => {
  it('writes UTC date-times in the basic format', () => {
    expect(icsDateTime(new Date('2026-09-15T04:30:00.000Z'))).toBe('20260915T043000Z');
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldIcsLine', () => {
  it('leaves short lines alone', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets with a leading space on continuation lines', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `DESCRIPTION:${'x'.repeat(200)}`,
    );
  });

  it('counts octets, not characters, and never splits a character', () => {
    const line = `SUMMARY:${'上合组织投资论坛'.repeat(6)}`;
    const lines = foldIcsLine(line).split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const physical of lines) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.map((physical, index) => (index === 0 ? physical : physical.slice(1))).join('')).toBe(line);
  });
});

describe('writeIcs', () => {
  const ics = writeIcs({
    productId: '-//SCO Cooperation Platform//Investment//EN',
    calendarName: 'My meetings',
    now: new Date('2026-09-01T12:00:00Z'),
    events: [
      {
        uid: 'meeting-1@sco-platform',
        start: new Date('2026-09-15T04:00:00Z'),
        end: new Date('2026-09-15T04:30:00Z'),
        summary: 'Meeting: Solar plant, table 3',
        location: 'Almaty; table 3',
        status: 'CONFIRMED',
      },
    ],
  });

  it('is a calendar with CRLF line ends and one event with the required properties', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
    const lines = ics.split('\r\n');
    expect(lines).toContain('UID:meeting-1@sco-platform');
    expect(lines).toContain('DTSTAMP:20260901T120000Z');
    expect(lines).toContain('DTSTART:20260915T040000Z');
    expect(lines).toContain('DTEND:20260915T043000Z');
    expect(lines).toContain('SUMMARY:Meeting: Solar plant\\, table 3');
    expect(lines).toContain('LOCATION:Almaty\\; table 3');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});
