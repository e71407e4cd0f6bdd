'use client';
// Appointment booking (CSE.2.2) as an island: the AppointmentBooking flow of @piazza/react.
// Offices, reasons and slots come from a MemoryBookingProvider (the library's example offices of
// the "Comune di Esempio": a CMS adapter plugs its agenda in with an HttpBookingProvider); drafts
// are kept in the browser (LocalStorageDraftStore, CSE.1.6). The server renders the first step.
import { useState } from 'react';
import {
  AppointmentBooking,
  LocalStorageDraftStore,
  MemoryBookingProvider,
  type BookingDraft,
} from '@piazza/react/forms';

export interface BookingIslandProps {
  /** The privacy notice, confirmed in the recap. */
  privacyHref: string;
  /** A link to the rating of the service, shown at the end (CSE.1.7). */
  ratingHref?: string | undefined;
}

export function BookingIsland({ privacyHref, ratingHref }: BookingIslandProps) {
  // Created once per island (both must stay stable). The store reaches localStorage only when
  // used (in effects), so the server renders the same markup the client hydrates.
  const [provider] = useState(() => new MemoryBookingProvider());
  const [draftStore] = useState(() => new LocalStorageDraftStore<BookingDraft>());
  return (
    <AppointmentBooking
      provider={provider}
      privacyHref={privacyHref}
      draftStore={draftStore}
      {...(ratingHref ? { ratingHref } : {})}
    />
  );
}
