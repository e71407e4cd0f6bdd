'use client';
import { formatDate } from '../../forms-support/dates.js';
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
  const H = `h${headingLevel}` as 'h2';
  return (
    <section className="alert alert-info" aria-labelledby={headingId}>
      <H id={headingId} className="h4">
        {t.resumeTitle}
      </H>
      <p>{t.resumeText(formatDate(savedAt, locale))}</p>
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary btn-sm" onClick={onResume}>
          {t.resume}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onRestart}>
          {t.restart}
        </button>
      </div>
    </section>
  );
}
