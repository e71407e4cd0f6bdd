'use client';
import type { ReactNode } from 'react';
import { Recap } from '../../Recap/Recap.js';
import type { AppointmentBookingMessages } from '../AppointmentBooking.intl.js';
import type { BookingFormStep } from '../reducer.js';
import type { BookingDraftData } from '../types.js';
import { slotDay, slotTime } from './format.js';

/** Riepilogo: everything entered, each group editable (CSE.1.4), the privacy notice and "Invia". */
export function RecapStep({
  data,
  t,
  locale,
  title,
  privacyHref,
  headingLevel,
  submitError,
  onSubmit,
  onEdit,
  nav,
}: {
  data: BookingDraftData;
  t: AppointmentBookingMessages;
  locale: 'it' | 'en';
  /** The step's heading. */
  title: ReactNode;
  privacyHref: string;
  headingLevel: 2 | 3;
  /** Sending failed: offer to try again. */
  submitError: boolean;
  onSubmit: () => void;
  onEdit: (step: BookingFormStep) => void;
  /** The step's buttons. */
  nav: ReactNode;
}) {
  const o = data.office;
  const a = data.applicant;
  return (
    <>
      {title}
      <Recap
        privacyHref={privacyHref}
        onSubmit={onSubmit}
        headingLevel={(headingLevel + 1) as 3}
        groups={[
          {
            title: t.stepPlace,
            onEdit: () => onEdit('place'),
            items: [
              { label: t.officeType, value: data.officeType?.name },
              { label: t.office, value: o?.name },
              { label: t.address, value: o?.address },
            ],
          },
          {
            title: t.stepDate,
            onEdit: () => onEdit('date'),
            items: [
              { label: t.date, value: data.slot && slotDay(data.slot, locale) },
              { label: t.time, value: data.slot && slotTime(data.slot, locale) },
            ],
          },
          {
            title: t.stepDetails,
            onEdit: () => onEdit('details'),
            items: [
              { label: t.reason, value: data.reason?.label },
              { label: t.details, value: data.details },
            ],
          },
          {
            title: t.stepApplicant,
            onEdit: () => onEdit('applicant'),
            items: [
              { label: t.name, value: a.name },
              { label: t.surname, value: a.surname },
              { label: t.email, value: a.email },
              { label: t.phone, value: a.phone },
            ],
          },
        ]}
        notice={
          submitError ? (
            <div className="alert alert-danger" role="alert">
              <p>{t.submitError}</p>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={onSubmit}>
                {t.retry}
              </button>
            </div>
          ) : null
        }
        actions={nav}
      />
    </>
  );
}
