export {
  AppointmentBooking,
  type AppointmentBookingProps,
  type BookingDraft,
  type BookingDraftData,
} from './AppointmentBooking.js';
export {
  appointmentBookingMessages,
  type AppointmentBookingMessages,
} from './AppointmentBooking.intl.js';
export {
  BookingError,
  type BookingErrorKind,
  type BookingProvider,
  type Booking,
  type BookingRequest,
  type BookingSlot,
  type BookingOffice,
  type BookingReason,
  type OfficeType,
  type Applicant,
} from './types.js';
export {
  MemoryBookingProvider,
  EXAMPLE_OFFICES,
  EXAMPLE_OFFICE_TYPES,
  type MemoryBookingProviderOptions,
  type MemoryOffice,
  type MemoryOpening,
} from './MemoryBookingProvider.js';
export {
  HttpBookingProvider,
  BOOKING_LOAD_TIMEOUT_MS,
  BOOKING_SUBMIT_TIMEOUT_MS,
  type HttpBookingProviderOptions,
} from './HttpBookingProvider.js';
export {
  LocalStorageDraftStore,
  DRAFT_TTL_DAYS,
  DRAFT_MAX_CHARS,
  type DraftStore,
  type DraftInfo,
  type DraftLoadResult,
  type LocalStorageDraftStoreOptions,
} from './drafts.js';
export { toIcs, icsDataUrl, type CalendarEvent } from './ics.js';
export { isBookingDraft } from './drafts.js';
