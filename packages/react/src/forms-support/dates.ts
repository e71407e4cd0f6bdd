// Dates for the forms and the booking flow: always shown in the comune's time zone, so that
// the server render, the browser and the tests agree whatever the machine's zone.
import type { Locale } from '../intl/PiazzaProvider.js';

export const TIME_ZONE = 'Europe/Rome';

/** A date for people, in Rome's time zone: "14 gennaio 2026" (or with `options`). */
export function formatDate(
  date: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
    timeZone: TIME_ZONE,
    ...options,
  }).format(new Date(date));
}

/** `date` plus `days` calendar days. */
export function addDays(date: Date | string, days: number): Date {
  return new Date(new Date(date).getTime() + days * 86400000);
}

/** Year, month (1–12), day, hour, minute of `date` as a clock in Rome shows them. */
export function romeParts(date: Date): [number, number, number, number, number] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute')];
}

/** The instant when a clock in Rome shows that local date and time. */
export function romeTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const [y, mo, d, h, mi] = romeParts(new Date(guess));
  const offset = Date.UTC(y, mo - 1, d, h, mi) - guess;
  return new Date(guess - offset);
}

/** "2026-02": the month of `date` in Rome. */
export function monthKey(date: Date): string {
  const [y, m] = romeParts(date);
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** The month keys from the one of `from`, `count` of them. */
export function nextMonths(from: Date, count: number): string[] {
  const [y, m] = romeParts(from);
  return Array.from({ length: count }, (_, i) => {
    const n = m - 1 + i;
    return `${y + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}
