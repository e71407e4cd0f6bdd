import type { ReactNode } from 'react';
import type { Load } from '../../forms-support/useLoad.js';
import type { AppointmentBookingMessages } from '../AppointmentBooking.intl.js';

/** Progress, or a retryable error, or the loaded data. */
export function Loaded<T>({
  res,
  t,
  children,
}: {
  res: Load<T>;
  t: AppointmentBookingMessages;
  children: (data: T) => ReactNode;
}) {
  if (res.error !== undefined) {
    return (
      <div className="alert alert-danger" role="alert">
        <p>{t.loadError}</p>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={res.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (res.data === undefined) {
    return (
      <div role="status" className="d-flex align-items-center mb-4">
        <span
          className="progress-spinner progress-spinner-active size-sm me-2"
          aria-hidden="true"
        />
        {t.loading}
      </div>
    );
  }
  return <>{children(res.data)}</>;
}
