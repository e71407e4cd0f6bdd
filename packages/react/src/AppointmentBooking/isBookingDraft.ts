import type { BookingDraft } from './AppointmentBooking.js';

// A pure check, apart from the (client) component: a server can validate a stored draft too.

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const strs = (x: unknown, keys: string[]) =>
  isObj(x) && keys.every((k) => typeof x[k] === 'string');
const opt = (x: unknown, keys: string[]) => x === null || strs(x, keys);

/** Checks that an unknown value (a stored draft) is a `BookingDraft`. */
export function isBookingDraft(x: unknown): x is BookingDraft {
  if (!isObj(x) || !Number.isInteger(x.step) || (x.step as number) < 0 || (x.step as number) > 4)
    return false;
  const d = x.data;
  return (
    isObj(d) &&
    opt(d.officeType, ['id', 'name']) &&
    opt(d.office, ['id', 'name', 'address', 'hours']) &&
    opt(d.slot, ['start', 'end']) &&
    opt(d.reason, ['id', 'label']) &&
    typeof d.month === 'string' &&
    typeof d.details === 'string' &&
    strs(d.applicant, ['name', 'surname', 'email', 'phone'])
  );
}
