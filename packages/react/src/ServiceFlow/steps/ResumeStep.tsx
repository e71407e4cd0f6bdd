'use client';
import { DraftResume } from '../../forms-support/DraftResume.js';
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
    <DraftResume
      H={H}
      headingId={headingId}
      savedAt={savedAt}
      locale={locale}
      t={t}
      onResume={onResume}
      onRestart={onRestart}
    />
  );
}
