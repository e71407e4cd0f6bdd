// The checks of each step, run by "Avanti" (and, from the recap, on every step before going back).
import type { ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import { checkValue } from '../validation/validators.js';
import type { ValidationMessages } from '../validation/validation.intl.js';
import type { AppointmentBookingMessages } from './AppointmentBooking.intl.js';
import type { BookingFormStep } from './reducer.js';
import type { BookingDraftData } from './types.js';

/** The longest text of "Dettagli". */
export const DETAILS_MAX = 200;

/** The errors of a step's fields; none for the recap. */
export function validateStep(
  step: BookingFormStep,
  data: BookingDraftData,
  t: AppointmentBookingMessages,
  v: ValidationMessages,
  fid: (name: string) => string,
): ErrorSummaryItem[] {
  const out: ErrorSummaryItem[] = [];
  const need = (ok: unknown, field: string, message: string) => {
    if (!ok) out.push({ fieldId: fid(field), message });
  };
  const a = data.applicant;
  if (step === 'place') {
    need(data.officeType, 'type', v.choose(t.errOfficeType));
    // The offices are listed once a type is chosen: no error (and link) to a missing field.
    if (data.officeType) need(data.office, 'office', v.choose(t.errOffice));
  } else if (step === 'date') {
    need(data.slot, 'slot', v.choose(t.errSlot));
  } else if (step === 'details') {
    need(data.reason, 'reason', v.choose(t.errReason));
    const c = checkValue(data.details, { required: true, maxLength: DETAILS_MAX });
    need(!c, 'details', c === 'required' ? v.required(t.errDetails) : v.maxLength(DETAILS_MAX));
  } else if (step === 'applicant') {
    need(a.name.trim(), 'name', v.required(t.errName));
    need(a.surname.trim(), 'surname', v.required(t.errSurname));
    const e = checkValue(a.email, { required: true, format: 'email' });
    need(!e, 'email', e === 'required' ? v.required(t.errEmail) : v.email);
    need(!checkValue(a.phone, { format: 'phone' }), 'phone', v.phone);
  }
  return out;
}
