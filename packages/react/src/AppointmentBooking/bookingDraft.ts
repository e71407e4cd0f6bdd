// The check of a stored booking draft. A draft comes back from the browser's storage, where
// anything may have been written (an older version, another tab, a person at the console): every
// field is checked, with its size, before the flow sees it. A draft that fails is discarded and
// the flow says so; it never reaches the screen.
import type { BookingDraft } from './AppointmentBooking.js';
import { isIsoDateTime } from './HttpBookingProvider.js';

/** Longest text of a name, address, id or opening hours in a draft (as HttpBookingProvider). */
const TEXT_MAX = 2000;
/** Longest text the citizen types in an applicant field. */
const TYPED_MAX = 1000;
/** The details field's limit (the same as the form's). */
export const DRAFT_DETAILS_MAX = 200;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max: number, nonEmpty: boolean) =>
  typeof x === 'string' && x.length <= max && (!nonEmpty || x.trim() !== '');
/** An object whose `keys` are non-empty strings and whose `optional` keys are strings if present. */
const record = (x: unknown, keys: string[], optional: string[] = []): x is Obj =>
  isObj(x) &&
  keys.every((k) => str(x[k], TEXT_MAX, true)) &&
  optional.every((k) => x[k] === undefined || str(x[k], TEXT_MAX, false));
const orNull = (x: unknown, keys: string[], optional?: string[]) =>
  x === null || record(x, keys, optional);
const slotOk = (x: unknown) =>
  x === null ||
  (isObj(x) &&
    isIsoDateTime(x.start) &&
    isIsoDateTime(x.end) &&
    Date.parse(x.end) > Date.parse(x.start));
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Checks that an unknown value (a stored draft) is a `BookingDraft` the flow can show: every
 * field of the right type and size, dates that are dates, and the choices its step needs (an
 * office from the date step on, a slot from the details step, a reason from the applicant step).
 */
export function isBookingDraft(x: unknown): x is BookingDraft {
  if (!isObj(x) || !Number.isInteger(x.step)) return false;
  const step = x.step as number;
  if (step < 0 || step > 4) return false;
  const d = x.data;
  if (
    !isObj(d) ||
    !orNull(d.officeType, ['id', 'name']) ||
    !orNull(d.office, ['id', 'typeId', 'name', 'address', 'hours'], ['phone', 'email']) ||
    !slotOk(d.slot) ||
    !orNull(d.reason, ['id', 'label']) ||
    !(d.month === '' || (typeof d.month === 'string' && MONTH.test(d.month))) ||
    !str(d.details, DRAFT_DETAILS_MAX, false) ||
    !isObj(d.applicant) ||
    !['name', 'surname', 'email', 'phone'].every((k) =>
      str((d.applicant as Obj)[k], TYPED_MAX, false),
    )
  ) {
    return false;
  }
  // What each step needs from the ones before it.
  if (step >= 1 && (d.officeType === null || d.office === null)) return false;
  if (step >= 2 && d.slot === null) return false;
  if (step >= 3 && d.reason === null) return false;
  return true;
}
