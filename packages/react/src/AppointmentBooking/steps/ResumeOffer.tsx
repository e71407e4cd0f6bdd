'use client';
import { DraftResume } from '../../forms-support/DraftResume.js';
import type { AppointmentBookingMessages } from '../AppointmentBooking.intl.js';

/** A saved draft (CSE.1.6): resume it or start again. */
export function ResumeOffer({
  savedAt,
  t,
  locale,
  headingId,
  headingLevel,
  onResume,
  onRestart,
}: {
  savedAt: Date;
  t: AppointmentBookingMessages;
  locale: 'it' | 'en';
  headingId: string;
  headingLevel: 2 | 3;
  onResume: () => void;
  onRestart: () => void;
}) {
  return (
    <DraftResume
      H={headingLevel === 3 ? 'h3' : 'h2'}
      headingId={headingId}
      savedAt={savedAt}
      locale={locale}
      t={t}
      onResume={onResume}
      onRestart={onRestart}
    />
  );
}
