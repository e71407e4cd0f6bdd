// The state of an appointment booking: a reducer keyed by step names. Pure (no React): the
// component runs the side effects (provider calls, drafts, focus) and dispatches what happened.
import type { ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import type { DraftInfo } from './drafts.js';
import type { Applicant, Booking, BookingDraft, BookingDraftData } from './types.js';

/** The steps, in order; a draft stores the index of one of the first five. */
export const BOOKING_STEPS = [
  'place',
  'date',
  'details',
  'applicant',
  'recap',
  'confirmed',
] as const;
export type BookingStepName = (typeof BOOKING_STEPS)[number];
/** The steps a citizen can open (with the stepper, "Indietro" or a draft): all but `confirmed`. */
export type BookingFormStep = Exclude<BookingStepName, 'confirmed'>;

export interface BookingState {
  step: BookingStepName;
  /** Counts step changes: each one moves focus to the new step's heading. */
  moves: number;
  data: BookingDraftData;
  /** The errors found by "Avanti" on this step. */
  errors: ErrorSummaryItem[];
  /** Editing from the recap: "Avanti" goes back to it once everything is valid. */
  fromRecap: boolean;
  notice: 'slot-taken' | 'corrupt' | null;
  /** The outcome of "Salva richiesta", shown and announced. */
  said: { text: string; ok: boolean } | null;
  /** A saved draft, offered for resuming. */
  pending: (BookingDraft & DraftInfo) | null;
  busy: boolean;
  submitError: boolean;
  booking: Booking | null;
  /** Bumped when a slot was taken meanwhile: the slots are loaded again. */
  slotsVersion: number;
}

export type BookingAction =
  | { type: 'update'; patch: Partial<BookingDraftData> }
  | { type: 'invalid'; errors: ErrorSummaryItem[] }
  | { type: 'go'; to: BookingFormStep; fromRecap?: boolean }
  | { type: 'draftFound'; draft: BookingDraft & DraftInfo }
  | { type: 'draftCorrupt' }
  | { type: 'resume' }
  | { type: 'restart' }
  | { type: 'saved'; text: string; ok: boolean }
  | { type: 'sending' }
  | { type: 'booked'; booking: Booking }
  | { type: 'slotTaken' }
  | { type: 'sendFailed' };

/** The name of a step stored in a draft as a number (0–4), or null if there is none. */
export const stepOfIndex = (n: number): BookingFormStep | null =>
  Number.isInteger(n) && n >= 0 && n < 5 ? (BOOKING_STEPS[n] as BookingFormStep) : null;
/** The index of a step (0–5), as drafts and the stepper count them. */
export const indexOfStep = (s: BookingStepName): number => BOOKING_STEPS.indexOf(s);

export function initialBookingState(citizen?: Partial<Applicant>): BookingState {
  return {
    step: 'place',
    moves: 0,
    data: {
      officeType: null,
      office: null,
      month: '',
      slot: null,
      reason: null,
      details: '',
      applicant: { name: '', surname: '', email: '', phone: '', ...citizen },
    },
    errors: [],
    fromRecap: false,
    notice: null,
    said: null,
    pending: null,
    busy: false,
    submitError: false,
    booking: null,
    slotsVersion: 0,
  };
}

/** A move to another step: the messages of the step left behind go. */
const move = (s: BookingState, to: BookingStepName): BookingState => ({
  ...s,
  step: to,
  moves: s.moves + 1,
  errors: [],
  notice: null,
  submitError: false,
  said: null,
});

/** Illegal actions (a change after the booking, a second send, …) return the state unchanged. */
export function bookingReducer(s: BookingState, a: BookingAction): BookingState {
  const done = s.step === 'confirmed';
  switch (a.type) {
    case 'update':
      return done ? s : { ...s, data: { ...s.data, ...a.patch } };
    case 'invalid':
      return done ? s : { ...s, errors: a.errors };
    case 'go':
      // `confirmed` is reached by `booked` only; a draft on offer is resumed or dropped first.
      if (done || s.pending || !(BOOKING_STEPS as readonly string[]).includes(a.to)) return s;
      if ((a.to as BookingStepName) === 'confirmed') return s;
      return { ...move(s, a.to), fromRecap: a.fromRecap ?? s.fromRecap };
    case 'draftFound':
      return done || stepOfIndex(a.draft.step) === null ? s : { ...s, pending: a.draft };
    case 'draftCorrupt':
      return done ? s : { ...s, notice: 'corrupt' };
    case 'resume': {
      const to = s.pending && stepOfIndex(s.pending.step);
      if (!s.pending || !to) return s;
      return { ...move(s, to), data: s.pending.data, pending: null };
    }
    case 'restart':
      return s.pending ? { ...move(s, 'place'), pending: null } : s;
    case 'saved':
      return done ? s : { ...s, said: { text: a.text, ok: a.ok } };
    case 'sending':
      return s.step !== 'recap' || s.busy ? s : { ...s, busy: true, submitError: false };
    case 'booked':
      return s.busy ? { ...move(s, 'confirmed'), booking: a.booking, busy: false } : s;
    case 'slotTaken':
      return s.busy
        ? {
            ...move(s, 'date'),
            data: { ...s.data, slot: null },
            fromRecap: true,
            slotsVersion: s.slotsVersion + 1,
            notice: 'slot-taken',
            busy: false,
          }
        : s;
    case 'sendFailed':
      return s.busy ? { ...s, submitError: true, busy: false } : s;
  }
}
