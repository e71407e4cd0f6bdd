'use client';
// The side effects of a booking, apart from its markup: the draft store (resume offer, autosave)
// and the loads of each step.
import { useEffect, useMemo, useRef, type Dispatch } from 'react';
import { useLoad } from '../forms-support/useLoad.js';
import { LocalStorageDraftStore, isBookingDraft, type DraftStore } from './drafts.js';
import { indexOfStep, type BookingAction, type BookingState } from './reducer.js';
import {
  BookingError,
  type Booking,
  type BookingDraft,
  type BookingDraftData,
  type BookingProvider,
} from './types.js';

/**
 * The store of drafts (a LocalStorageDraftStore unless given; `null` for none): a saved draft is
 * offered for resuming, an unreadable one reported (and already discarded), and every change the
 * citizen makes (`dirty`) saved.
 */
export function useBookingDrafts(
  draftStore: DraftStore<BookingDraft> | null | undefined,
  draftKey: string,
  now: (() => Date) | undefined,
  { step, data }: BookingState,
  dirty: { readonly current: boolean },
  dispatch: Dispatch<BookingAction>,
): DraftStore<BookingDraft> | null {
  const clock = useRef(now);
  useEffect(() => {
    clock.current = now;
  });
  const store = useMemo(
    () =>
      draftStore === undefined
        ? new LocalStorageDraftStore<BookingDraft>({
            now: () => (clock.current ?? (() => new Date()))(),
          })
        : draftStore,
    [draftStore],
  );

  useEffect(() => {
    if (!store) return;
    let live = true;
    store.load(draftKey, isBookingDraft).then(
      (r) => {
        if (!live) return;
        if (r.status === 'found')
          dispatch({
            type: 'draftFound',
            draft: { ...r.data, savedAt: r.savedAt, expiresAt: r.expiresAt },
          });
        else if (r.status === 'corrupt') dispatch({ type: 'draftCorrupt' });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, draftKey, dispatch]);

  // Autosave after every change the citizen makes.
  useEffect(() => {
    if (store && dirty.current && step !== 'confirmed')
      store.save(draftKey, { step: indexOfStep(step), data }).catch(() => undefined);
  }, [store, draftKey, step, data, dirty]);

  return store;
}

/** What the current step needs from the provider (nothing is loaded for the other steps). */
export function useBookingLoads(
  provider: BookingProvider,
  { step, data, slotsVersion }: BookingState,
  month: string,
) {
  const office = data.office?.id ?? '';
  return {
    types: useLoad(step === 'place' ? 'types' : null, (s) => provider.officeTypes(s)),
    offices: useLoad(step === 'place' && data.officeType ? `o:${data.officeType.id}` : null, (s) =>
      provider.offices(data.officeType?.id ?? '', s),
    ),
    slots: useLoad(
      step === 'date' && data.office ? `s:${office}:${month}:${slotsVersion}` : null,
      (s) => provider.slots(office, month, s),
    ),
    reasons: useLoad(step === 'details' && data.office ? `r:${office}` : null, (s) =>
      provider.reasons(office, s),
    ),
  };
}

/**
 * Sending the booking from the recap: once at a time (a double submit is impossible), with one
 * idempotency key until the data changes; a slot taken meanwhile sends the citizen back to the
 * date step. `onSent` runs once the booking is confirmed.
 */
export function useBookingSubmit(
  provider: BookingProvider,
  data: BookingDraftData,
  dispatch: Dispatch<BookingAction>,
  { dirty, idem }: { dirty: { current: boolean }; idem: { current: string | null } },
  onSent: (booking: Booking) => void,
) {
  const busy = useRef(false);
  return async () => {
    if (busy.current || !data.office || !data.slot || !data.reason) return;
    busy.current = true;
    dispatch({ type: 'sending' });
    idem.current ??=
      globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    try {
      const b = await provider.submit({
        officeId: data.office.id,
        reasonId: data.reason.id,
        details: data.details.trim(),
        slot: data.slot,
        applicant: data.applicant,
        idempotencyKey: idem.current,
      });
      idem.current = null;
      dirty.current = false;
      dispatch({ type: 'booked', booking: b });
      onSent(b);
    } catch (e) {
      if (e instanceof BookingError && e.kind === 'slot-taken') {
        dirty.current = true;
        idem.current = null;
        dispatch({ type: 'slotTaken' });
      } else {
        dispatch({ type: 'sendFailed' });
      }
    } finally {
      busy.current = false;
    }
  };
}
