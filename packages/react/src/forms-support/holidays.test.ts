// @vitest-environment node
import { easterSunday, isItalianHoliday, italianHolidays, parseMonthDay } from './holidays.js';

describe('easterSunday', () => {
  test('known Easter Sundays (Gregorian), including the earliest and latest possible days', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible
      1943: '1943-04-25', // latest possible
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) {
      expect(easterSunday(Number(year))).toBe(date);
      // always a Sunday
      expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(0);
    }
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe('italianHolidays', () => {
  test('the national holidays of 2026, Easter Monday computed, in date order', () => {
    expect(italianHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-04-25',
      '2026-05-01',
      '2026-06-02',
      '2026-08-15',
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(italianHolidays(2025).find((h) => h.name === "Lunedì dell'Angelo")?.date).toBe(
      '2025-04-21',
    );
    // Easter Monday on 1 April (Easter on 31 March)
    expect(isItalianHoliday('2024-04-01')).toBe(true);
  });

  test('the patron saint day is a holiday; a bad one is refused', () => {
    expect(isItalianHoliday('2026-06-29')).toBe(false);
    expect(isItalianHoliday('2026-06-29', { patronDay: '06-29' })).toBe(true);
    expect(italianHolidays(2026, { patronDay: '06-29' })).toContainEqual({
      date: '2026-06-29',
      name: 'Santo patrono',
    });
    // on a national holiday: listed once
    expect(italianHolidays(2026, { patronDay: '12-08' })).toHaveLength(12);
    // 29 February: only in leap years
    expect(isItalianHoliday('2028-02-29', { patronDay: '02-29' })).toBe(true);
    expect(italianHolidays(2027, { patronDay: '02-29' })).toHaveLength(12);
    expect(() => italianHolidays(2026, { patronDay: '13-01' })).toThrow(/patronDay "13-01"/);
  });

  test('working days are not holidays; dates and Date objects are both read', () => {
    expect(isItalianHoliday('2026-12-07')).toBe(false);
    expect(isItalianHoliday('2026-12-08')).toBe(true);
    expect(isItalianHoliday(new Date('2026-12-25T10:00:00Z'))).toBe(true);
    expect(isItalianHoliday('nonsense')).toBe(false);
  });
});

describe('parseMonthDay', () => {
  test('accepts days of the year only', () => {
    expect(parseMonthDay('06-29')).toBe('06-29');
    expect(parseMonthDay('02-29')).toBe('02-29');
    for (const bad of ['02-30', '04-31', '00-10', '6-29', '2026-06-29', 629, null]) {
      expect(parseMonthDay(bad)).toBeNull();
    }
  });
});
