'use client';
// The states of a service flow around its steps, shared with the area personale: a failure that
// can be retried, and a wait.
import type { ReactNode } from 'react';

export interface RetryAlertProps {
  /** What went wrong. */
  message: ReactNode;
  /** Text of the button that tries again. */
  retryLabel: string;
  onRetry: () => void;
}

/**
 * A failure that can be retried: an alert (announced at once, `role="alert"`) with what went
 * wrong and a button that tries again. Used by ServiceFlow and the area personale.
 */
export function RetryAlert({ message, retryLabel, onRetry }: RetryAlertProps) {
  return (
    <div className="alert alert-danger" role="alert">
      <p>{message}</p>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}

/** A wait announced politely (`role="status"`), with a spinner. */
export function LoadingStatus({ text }: { text: ReactNode }) {
  return (
    <div role="status" className="d-flex align-items-center mb-4">
      <span className="progress-spinner progress-spinner-active size-sm me-2" aria-hidden="true" />
      {text}
    </div>
  );
}
