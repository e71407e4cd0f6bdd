import { formatDate } from '../../forms-support/dates.js';
import type { BookingSlot } from '../types.js';

/** The day of a slot, e.g. "mercoledì 4 febbraio 2026". */
export const slotDay = (s: BookingSlot, locale: 'it' | 'en') =>
  formatDate(s.start, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The time of a slot, e.g. "09:00–09:30". */
export function slotTime(s: BookingSlot, locale: 'it' | 'en') {
  const hm = { hour: '2-digit', minute: '2-digit' } as const;
  return `${formatDate(s.start, locale, hm)}–${formatDate(s.end, locale, hm)}`;
}
