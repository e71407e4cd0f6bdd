import type { Locale } from '../intl/PiazzaProvider.js';

/** A calendar date: `'2025-03-14'` (ISO) or a `Date`. */
export type DateInput = string | Date;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The value of a `<time dateTime>`: `YYYY-MM-DD` for a day, the ISO string otherwise. */
export function toDateTime(value: DateInput): string {
  if (typeof value === 'string') return value;
  return value.toISOString().slice(0, 10);
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * A date for people, e.g. "14 marzo 2025". Calendar days are formatted in UTC, so that the
 * server and the browser print the same day whatever their time zone.
 */
export function formatDate(
  value: DateInput,
  locale: Locale,
  style: 'long' | 'short' = 'long',
): string {
  const date =
    typeof value === 'string'
      ? new Date(ISO_DAY.test(value) ? `${value}T00:00:00Z` : value)
      : value;
  if (Number.isNaN(date.getTime())) return String(value);
  // One formatter per locale and style: creating an Intl.DateTimeFormat costs far more than
  // formatting (a 5,000-item site build formats tens of thousands of dates).
  const key = `${locale}-${style}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    FORMATS.set(key, format);
  }
  return format.format(date);
}

/** True when `value` is a valid date (ISO string or Date). */
export function isValidDate(value: unknown): value is DateInput {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value !== 'string' || value.trim() === '') return false;
  return !Number.isNaN(new Date(ISO_DAY.test(value) ? `${value}T00:00:00Z` : value).getTime());
}
