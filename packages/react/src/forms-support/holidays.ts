// Italian public holidays (L. 260/1949 and later amendments): the days public offices are closed,
// plus the comune's patron saint day (a local holiday). Pure date arithmetic, no time zones:
// every date is a calendar day "YYYY-MM-DD".

/** A day of the year, "MM-DD" (e.g. the patron saint day "06-29"). */
export type MonthDay = string;

/** The fixed national holidays, "MM-DD", with their Italian names. */
export const ITALIAN_FIXED_HOLIDAYS: ReadonlyArray<readonly [MonthDay, string]> = [
  ['01-01', 'Capodanno'],
  ['01-06', 'Epifania'],
  ['04-25', 'Festa della Liberazione'],
  ['05-01', 'Festa del lavoro'],
  ['06-02', 'Festa della Repubblica'],
  ['08-15', 'Assunzione (Ferragosto)'],
  ['11-01', 'Ognissanti'],
  ['12-08', 'Immacolata Concezione'],
  ['12-25', 'Natale'],
  ['12-26', 'Santo Stefano'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Checks a "MM-DD" day of the year (a leap day "02-29" is accepted: it counts in leap years).
 * Returns the normalised value, or null when it is not a day of the year.
 */
export function parseMonthDay(value: unknown): MonthDay | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return `${pad(month)}-${pad(day)}`;
}

/**
 * Easter Sunday of a Gregorian year, "YYYY-MM-DD" (the anonymous Gregorian algorithm of
 * Meeus/Jones/Butcher). Easter is always a Sunday, so it is a closed day anyway; Easter Monday
 * (Lunedì dell'Angelo) is the national holiday that moves.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`easterSunday: ${String(year)} is not a Gregorian year (1583 or later)`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface ItalianHolidayOptions {
  /** The comune's patron saint day, "MM-DD" (a closed day for its offices). */
  patronDay?: MonthDay | undefined;
}

/** A holiday of a year: its date ("YYYY-MM-DD") and Italian name. */
export interface Holiday {
  date: string;
  name: string;
}

/**
 * The holidays of a year on which Italian public offices are closed, in date order: the national
 * ones (with Easter Sunday and Easter Monday, computed) and, with `patronDay`, the patron saint
 * day. A `patronDay` that is not "MM-DD" throws a `RangeError`.
 */
export function italianHolidays(year: number, options: ItalianHolidayOptions = {}): Holiday[] {
  const easter = easterSunday(year);
  const monday = new Date(`${easter}T12:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 1);
  const out: Holiday[] = ITALIAN_FIXED_HOLIDAYS.map(([md, name]) => ({
    date: `${year}-${md}`,
    name,
  }));
  out.push({ date: easter, name: 'Pasqua' });
  out.push({ date: monday.toISOString().slice(0, 10), name: "Lunedì dell'Angelo" });
  if (options.patronDay !== undefined) {
    const patron = parseMonthDay(options.patronDay);
    if (!patron) {
      throw new RangeError(
        `italianHolidays: patronDay ${JSON.stringify(options.patronDay)} is not "MM-DD"`,
      );
    }
    const date = `${year}-${patron}`;
    // 29 February in a year without it: no patron day that year.
    const valid = new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10) === date;
    if (valid && !out.some((h) => h.date === date)) out.push({ date, name: 'Santo patrono' });
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Whether a calendar day ("YYYY-MM-DD", or a `Date` read in UTC) is an Italian holiday, the
 * patron saint day included when given.
 */
export function isItalianHoliday(day: string | Date, options: ItalianHolidayOptions = {}): boolean {
  const date = typeof day === 'string' ? day.slice(0, 10) : day.toISOString().slice(0, 10);
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || year < 1583) return false;
  return italianHolidays(year, options).some((h) => h.date === date);
}
