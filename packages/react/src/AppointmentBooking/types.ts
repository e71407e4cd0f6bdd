// The data contract of appointment booking. `HttpBookingProvider` speaks it as JSON
// (docs/booking-api.yaml); a CMS or back office implements that API, or a `BookingProvider`.

/** A kind of office, e.g. "Anagrafe e stato civile". */
export interface OfficeType {
  id: string;
  name: string;
}

/** An office where appointments take place. */
export interface BookingOffice {
  id: string;
  /** The `OfficeType` it belongs to. */
  typeId: string;
  name: string;
  /** Street address, CAP and town. */
  address: string;
  /** Opening hours as people read them, e.g. "Lunedì, mercoledì e venerdì 9:00–12:30". */
  hours: string;
  phone?: string;
  email?: string;
}

/** A reason for an appointment at an office, e.g. "Carta d’identità elettronica". */
export interface BookingReason {
  id: string;
  label: string;
}

/** A free slot. Times are ISO 8601 with offset, e.g. "2026-02-10T09:00:00+01:00". */
export interface BookingSlot {
  start: string;
  end: string;
}

/** The person who books. */
export interface Applicant {
  name: string;
  surname: string;
  email: string;
  /** Optional. */
  phone: string;
}

/** What the flow sends. */
export interface BookingRequest {
  officeId: string;
  reasonId: string;
  /** Up to 200 characters. */
  details: string;
  slot: BookingSlot;
  applicant: Applicant;
  /** The same for every retry of one submission: a server that sees it twice books once. */
  idempotencyKey: string;
}

/** A confirmed booking. */
export interface Booking {
  /** The booking's unique code. */
  code: string;
  officeId: string;
  slot: BookingSlot;
  /** When the booking was registered (ISO 8601). */
  createdAt: string;
}

/** Why a call to the provider failed. */
export type BookingErrorKind = 'slot-taken' | 'invalid' | 'unavailable';

/**
 * A failed provider call. `slot-taken`: the slot went to someone else meanwhile (the flow sends
 * the citizen back to choose another); `invalid`: the request was refused; `unavailable`:
 * network or server trouble (the flow offers to retry).
 */
export class BookingError extends Error {
  readonly kind: BookingErrorKind;
  constructor(kind: BookingErrorKind, message?: string) {
    super(message ?? kind);
    this.name = 'BookingError';
    this.kind = kind;
  }
}

/** Where the booking flow reads offices, reasons and slots, and sends the booking. */
export interface BookingProvider {
  /** The kinds of office that take appointments. */
  officeTypes(signal?: AbortSignal): Promise<OfficeType[]>;
  /** The offices of a kind. */
  offices(typeId: string, signal?: AbortSignal): Promise<BookingOffice[]>;
  /** The reasons an office takes appointments for. */
  reasons(officeId: string, signal?: AbortSignal): Promise<BookingReason[]>;
  /** The free slots of an office in a month ("2026-02"), in time order. */
  slots(officeId: string, month: string, signal?: AbortSignal): Promise<BookingSlot[]>;
  /**
   * Books; rejects with a `BookingError` (or an `AbortError` once `signal` is aborted). A provider
   * that talks to a server gives up after a time limit (`unavailable`): the flow then offers to
   * retry with the same `idempotencyKey`.
   */
  submit(request: BookingRequest, signal?: AbortSignal): Promise<Booking>;
}

/** Everything the citizen entered: what a draft holds. */
export interface BookingDraftData {
  officeType: OfficeType | null;
  office: BookingOffice | null;
  /** "2026-02"; empty for the first month offered. */
  month: string;
  slot: BookingSlot | null;
  reason: BookingReason | null;
  details: string;
  applicant: Applicant;
}

/** A saved booking in progress: the step (0–4) and the data. */
export interface BookingDraft {
  step: number;
  data: BookingDraftData;
}
