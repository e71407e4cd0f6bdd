'use client';
import type { ReactNode, Ref } from 'react';
import { formatDate } from '../../forms-support/dates.js';
import { Icon } from '../../Icon/Icon.js';
import type { AppointmentBookingMessages } from '../AppointmentBooking.intl.js';
import { icsDataUrl } from '../ics.js';
import type { Booking, BookingDraftData, BookingOffice, BookingSlot } from '../types.js';
import { slotDay, slotTime } from './format.js';

/** Conferma: the booking's code, an `.ics` file, the personal area and the rating (CSE.1.7). */
export function ConfirmedStep({
  booking,
  data,
  office: o,
  slot: s,
  t,
  locale,
  headingId,
  headingRef,
  headingLevel,
  statusHref,
  rating,
  ratingHref,
}: {
  booking: Booking;
  data: BookingDraftData;
  office: BookingOffice;
  slot: BookingSlot;
  t: AppointmentBookingMessages;
  locale: 'it' | 'en';
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: 2 | 3;
  statusHref?: string;
  rating?: ReactNode;
  ratingHref?: string;
}) {
  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  return (
    <section aria-labelledby={headingId}>
      <div className="d-flex align-items-center mb-3">
        <Icon name="check-circle" size="lg" color="success" className="me-2 flex-shrink-0" />
        <H id={headingId} ref={headingRef} tabIndex={-1} className="h3 mb-0">
          {t.confirmed}
        </H>
      </div>
      <p>{t.confirmedText(`${slotDay(s, locale)}, ${slotTime(s, locale)}`, o.name, o.address)}</p>
      <dl>
        <dt>{t.code}</dt>
        <dd className="fw-semibold">{booking.code}</dd>
        <dt>{t.reason}</dt>
        <dd>{data.reason?.label}</dd>
        <dt>{t.bookedOn}</dt>
        <dd>{formatDate(booking.createdAt, locale)}</dd>
      </dl>
      <p>{t.notified(data.applicant.email)}</p>
      <p className="d-flex flex-wrap gap-3 align-items-center">
        <a
          className="btn btn-outline-primary btn-sm"
          href={icsDataUrl({
            uid: `${booking.code}@piazza`,
            start: s.start,
            end: s.end,
            stamp: booking.createdAt,
            title: t.calendarTitle(o.name),
            location: o.address,
            description: `${t.code}: ${booking.code}. ${data.reason?.label ?? ''}`,
          })}
          download={`appuntamento-${booking.code}.ics`}
        >
          <Icon name="calendar" color="primary" className="me-2" />
          {t.addToCalendar}
        </a>
        {statusHref ? <a href={statusHref}>{t.status}</a> : null}
      </p>
      {rating ??
        (ratingHref ? (
          <div className="mt-5">
            <H2 className="h4">{t.rateTitle}</H2>
            <a href={ratingHref}>{t.rate}</a>
          </div>
        ) : null)}
    </section>
  );
}
