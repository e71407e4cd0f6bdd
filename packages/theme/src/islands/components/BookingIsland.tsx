'use client';
// Appointment booking (CSE.2.2) as an island: the AppointmentBooking flow of @piazza/react.
// With `api` (Site.bookingApi) it talks to the comune's booking back office through an
// HttpBookingProvider (the JSON contract of docs/booking-api.yaml); otherwise it offers the
// offices of the content (units with a `booking` section) from a MemoryBookingProvider, and the
// bookings stay in the browser. Drafts are kept in the browser (LocalStorageDraftStore, CSE.1.6).
// The server renders the first step.
import { useState } from 'react';
import {
  AppointmentBooking,
  HttpBookingProvider,
  LocalStorageDraftStore,
  MemoryBookingProvider,
  type BookingDraft,
  type BookingProvider,
  type MemoryOffice,
  type OfficeType,
} from '@piazza/react/forms';

export interface BookingIslandProps {
  /** The privacy notice, confirmed in the recap. */
  privacyHref: string;
  /** A link to the rating of the service, shown at the end (CSE.1.7). */
  ratingHref?: string | undefined;
  /** Base URL of the booking back office (docs/booking-api.yaml). */
  api?: string | undefined;
  /** Without `api`: the kinds of office and the offices (from the content). */
  officeTypes?: OfficeType[] | undefined;
  offices?: MemoryOffice[] | undefined;
  /**
   * Without `api`: the patron saint day, "MM-DD" (Site.patronDay), closed like the national
   * holidays (MemoryBookingProvider never offers a slot on them).
   */
  patronDay?: string | undefined;
}

export function BookingIsland({
  privacyHref,
  ratingHref,
  api,
  officeTypes,
  offices,
  patronDay,
}: BookingIslandProps) {
  // Created once per island (both must stay stable). The store reaches localStorage only when
  // used (in effects), so the server renders the same markup the client hydrates.
  const [provider] = useState<BookingProvider>(() =>
    api
      ? new HttpBookingProvider({ baseUrl: api })
      : new MemoryBookingProvider({
          ...(officeTypes ? { officeTypes } : {}),
          ...(offices ? { offices } : {}),
          ...(patronDay ? { patronDay } : {}),
        }),
  );
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
