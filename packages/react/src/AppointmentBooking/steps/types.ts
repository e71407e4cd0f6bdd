import type { ReactNode } from 'react';
import type { AppointmentBookingMessages } from '../AppointmentBooking.intl.js';
import type { BookingDraftData } from '../types.js';

/** What every form step (place, date, details, applicant) receives from the booking. */
export interface BookingStepProps {
  data: BookingDraftData;
  /** Changes what the citizen entered. */
  update: (patch: Partial<BookingDraftData>) => void;
  t: AppointmentBookingMessages;
  /** The id of a field (ErrorSummary links to it). */
  fid: (name: string) => string;
  /** The error of a field after "Avanti". */
  err: (field: string) => ReactNode;
  locale: 'it' | 'en';
}
