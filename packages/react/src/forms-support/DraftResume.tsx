'use client';
import { formatDate } from './dates.js';

/**
 * The offer of a draft found on this device (CSE.1.6), shared by the service flows and the
 * booking: when it was saved, and the choice to resume it or to start again (which deletes it).
 */
export function DraftResume({
  H,
  headingId,
  savedAt,
  locale,
  t,
  onResume,
  onRestart,
}: {
  H: 'h2' | 'h3';
  headingId: string;
  savedAt: Date;
  locale: 'it' | 'en';
  t: {
    resumeTitle: string;
    resumeText: (date: string) => string;
    resume: string;
    restart: string;
  };
  onResume: () => void;
  onRestart: () => void;
}) {
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
