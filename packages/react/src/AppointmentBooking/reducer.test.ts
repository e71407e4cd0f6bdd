// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DraftInfo } from './drafts.js';
import {
  BOOKING_STEPS,
  bookingReducer,
  indexOfStep,
  initialBookingState,
  stepOfIndex,
  type BookingAction,
  type BookingState,
} from './reducer.js';
import type { Booking, BookingDraft } from './types.js';

const office = {
  id: 'anagrafe-municipio',
  typeId: 'anagrafe',
  name: 'Ufficio Anagrafe',
  address: 'Piazza del Municipio 1',
  hours: 'Lunedì 9:00–12:30',
};
const slot = { start: '2026-02-04T09:00:00+01:00', end: '2026-02-04T09:30:00+01:00' };

const booking: Booking = {
  code: 'AB12',
  officeId: office.id,
  slot,
  createdAt: '2026-01-10T10:00:00Z',
};
const run = (s: BookingState, ...actions: BookingAction[]) => actions.reduce(bookingReducer, s);
const at = (step: BookingState['step'], extra: Partial<BookingState> = {}): BookingState => ({
  ...initialBookingState(),
  step,
  ...extra,
});
const draft = (step: number): BookingDraft & DraftInfo => ({
  step,
  data: { ...initialBookingState().data, office, details: 'Rinnovo' },
  savedAt: new Date('2026-01-01T00:00:00Z'),
  expiresAt: new Date('2027-01-01T00:00:00Z'),
});

describe('bookingReducer', () => {
  it('starts on the place step, with the signed-in citizen as applicant', () => {
    const s = initialBookingState({ name: 'Maria', email: 'maria@example.it' });
    expect(s.step).toBe('place');
    expect(s.moves).toBe(0);
    expect(s.data.applicant).toEqual({
      name: 'Maria',
      surname: '',
      email: 'maria@example.it',
      phone: '',
    });
  });

  it('steps are named; drafts count them 0–4', () => {
    expect(BOOKING_STEPS).toEqual(['place', 'date', 'details', 'applicant', 'recap', 'confirmed']);
    expect(stepOfIndex(2)).toBe('details');
    expect(indexOfStep('recap')).toBe(4);
    for (const n of [-1, 5, 1.5, Number.NaN]) expect(stepOfIndex(n)).toBeNull();
  });

  it('update merges what the citizen entered', () => {
    const s = run(
      at('place'),
      { type: 'update', patch: { office } },
      {
        type: 'update',
        patch: { details: 'x' },
      },
    );
    expect(s.data.office).toEqual(office);
    expect(s.data.details).toBe('x');
  });

  it('invalid shows errors; go clears the messages of the step left and moves focus', () => {
    const errors = [{ fieldId: 'f-type', message: 'Scegli' }];
    const s = run(at('place'), { type: 'invalid', errors });
    expect(s.errors).toEqual(errors);
    const noisy = { ...s, said: { text: 'Salvata', ok: true }, submitError: true };
    const n = bookingReducer(noisy, { type: 'go', to: 'date' });
    expect(n).toMatchObject({ step: 'date', moves: 1, errors: [], said: null, submitError: false });
  });

  it('go keeps fromRecap unless told otherwise', () => {
    const s = run(at('recap'), { type: 'go', to: 'date', fromRecap: true });
    expect(s.fromRecap).toBe(true);
    expect(bookingReducer(s, { type: 'go', to: 'details' }).fromRecap).toBe(true);
    expect(bookingReducer(s, { type: 'go', to: 'recap', fromRecap: false }).fromRecap).toBe(false);
  });

  it('a draft found is offered, then resumed at its step with its data', () => {
    const s = run(at('place'), { type: 'draftFound', draft: draft(2) });
    expect(s.pending?.step).toBe(2);
    const r = bookingReducer(s, { type: 'resume' });
    expect(r).toMatchObject({ step: 'details', pending: null, moves: 1 });
    expect(r.data.details).toBe('Rinnovo');
  });

  it('restart drops the draft on offer and starts from the place step', () => {
    const s = run(at('place'), { type: 'draftFound', draft: draft(3) }, { type: 'restart' });
    expect(s).toMatchObject({ step: 'place', pending: null, moves: 1 });
    expect(s.data.office).toBeNull();
  });

  it('draftCorrupt and saved are said', () => {
    expect(bookingReducer(at('place'), { type: 'draftCorrupt' }).notice).toBe('corrupt');
    expect(bookingReducer(at('date'), { type: 'saved', text: 'Salvata', ok: true }).said).toEqual({
      text: 'Salvata',
      ok: true,
    });
  });

  it('sending, then booked: the confirmation', () => {
    const s = bookingReducer(at('recap', { submitError: true }), { type: 'sending' });
    expect(s).toMatchObject({ busy: true, submitError: false });
    const b = bookingReducer(s, { type: 'booked', booking });
    expect(b).toMatchObject({ step: 'confirmed', busy: false, booking, moves: 1 });
  });

  it('sendFailed keeps everything and offers a retry', () => {
    const s = run(at('recap', { data: { ...initialBookingState().data, slot } }), {
      type: 'sending',
    });
    const f = bookingReducer(s, { type: 'sendFailed' });
    expect(f).toMatchObject({ step: 'recap', busy: false, submitError: true });
    expect(f.data.slot).toEqual(slot);
  });

  it('slotTaken sends the citizen back to the date step, slot cleared, slots reloaded', () => {
    const s = run(at('recap', { data: { ...initialBookingState().data, office, slot } }), {
      type: 'sending',
    });
    const t = bookingReducer(s, { type: 'slotTaken' });
    expect(t).toMatchObject({
      step: 'date',
      busy: false,
      fromRecap: true,
      notice: 'slot-taken',
      slotsVersion: 1,
    });
    expect(t.data.slot).toBeNull();
    expect(t.data.office).toEqual(office);
  });

  describe('illegal transitions are refused (the state comes back unchanged)', () => {
    const refused: [string, BookingState, BookingAction][] = [
      ['go to confirmed', at('recap'), { type: 'go', to: 'confirmed' as 'recap' }],
      ['go to an unknown step', at('place'), { type: 'go', to: 'payment' as 'recap' }],
      [
        'go while a draft is on offer',
        at('place', { pending: draft(1) }),
        { type: 'go', to: 'date' },
      ],
      ['go after the booking', at('confirmed', { booking }), { type: 'go', to: 'place' }],
      ['update after the booking', at('confirmed'), { type: 'update', patch: { details: 'x' } }],
      ['errors after the booking', at('confirmed'), { type: 'invalid', errors: [] }],
      ['saved after the booking', at('confirmed'), { type: 'saved', text: 'x', ok: true }],
      ['a draft after the booking', at('confirmed'), { type: 'draftFound', draft: draft(1) }],
      [
        'a draft at a step that does not exist',
        at('place'),
        { type: 'draftFound', draft: draft(7) },
      ],
      ['resume with no draft', at('place'), { type: 'resume' }],
      ['restart with no draft', at('date'), { type: 'restart' }],
      ['sending before the recap', at('applicant'), { type: 'sending' }],
      ['sending twice', at('recap', { busy: true }), { type: 'sending' }],
      ['booked without sending', at('recap'), { type: 'booked', booking }],
      ['slotTaken without sending', at('recap'), { type: 'slotTaken' }],
      ['sendFailed without sending', at('recap'), { type: 'sendFailed' }],
    ];
    it.each(refused)('%s', (_, s, a) => {
      expect(bookingReducer(s, a)).toBe(s);
    });
  });
});
