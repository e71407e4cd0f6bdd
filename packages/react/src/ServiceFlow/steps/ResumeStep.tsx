'use client';
import { formatDate } from '../../forms-support/dates.js';
import type { ServiceFlowMessages } from '../ServiceFlow.intl.js';

/**
 * A draft of this request found on this device (CSE.1.6): when it was saved, and the choice to
 * resume it or to start again (which deletes it).
 */
export function ResumeStep({
  H,
  headingId,
  savedAt,
  t,
  locale,
  onResume,
  onRestart,
}: {
  H: 'h2' | 'h3';
  headingId: string;
  savedAt: Date;
  t: ServiceFlowMessages;
  locale: 'it' | 'en';
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
