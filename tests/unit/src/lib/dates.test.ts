/**
 * Dates render the same bytes in any time zone.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, isoDate } from '../../../../src/lib/dates.ts';

describe('dates', () => {
  it('formats in British English, in UTC', () => {
    expect(formatDate(new Date('2025-03-03'))).toBe('3 March 2025');
    // Late on the 3rd in UTC is still the 3rd, wherever the build runs.
    expect(formatDate(new Date('2025-03-03T23:59:59Z'))).toBe('3 March 2025');
  });

  it('gives the ISO day in UTC', () => {
    expect(isoDate(new Date('2025-03-03T23:59:59Z'))).toBe('2025-03-03');
    expect(isoDate(new Date('2025-03-04T00:00:00+01:00'))).toBe('2025-03-03');
  });
});

describe('formatEventDate', () => {
  const day = new Date('2025-02-28T00:00:00Z');
  it('says no more than the precision allows', () => {
    expect(formatEventDate(day, 'day')).toBe('28 February 2025');
    expect(formatEventDate(day, 'month')).toBe('February 2025');
    expect(formatEventDate(day, 'year')).toBe('2025');
    expect(formatEventDate(day, 'before')).toBe('On or before 28 February 2025');
    expect(formatEventDate(day, 'approximate')).toBe('About 28 February 2025');
  });
});
