'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { isValidDate, toDateTime, type DateInput } from '../utils/date.js';
import { PiazzaPropError } from '../utils/errors.js';
import { servicePageMessages, type ServicePageMessages } from './ServicePage.intl.js';

export interface ServiceTimelineStep {
  /** Day of the step, `'2025-01-04'` or a Date. */
  date: DateInput;
  /** What happens, e.g. "Apertura delle iscrizioni". */
  label: string;
}

export interface ServiceTimelineProps extends Omit<HTMLAttributes<HTMLOListElement>, 'children'> {
  steps: readonly ServiceTimelineStep[];
  messages?: Partial<ServicePageMessages>;
}

/** The deadlines of a service as a timeline (`data-element="service-calendar-list"`, C.SI.1.3). */
export const ServiceTimeline = forwardRef<HTMLOListElement, ServiceTimelineProps>(
  function ServiceTimeline({ steps, messages, className, ...rest }, ref) {
    const { locale } = usePiazza();
    const t = useMessages(servicePageMessages, messages);
    if (!Array.isArray(steps) || steps.length === 0) {
      throw new PiazzaPropError('ServiceTimeline', 'steps', 'must list at least one step', steps);
    }
    const tag = locale === 'en' ? 'en-GB' : 'it-IT';
    return (
      <ol
        ref={ref}
        className={cx('point-list-wrapper list-unstyled my-4', className)}
        data-element="service-calendar-list"
        aria-label={t.timeline}
        {...rest}
      >
        {steps.map((step, i) => {
          if (!isValidDate(step.date)) {
            throw new PiazzaPropError(
              'ServiceTimeline',
              `steps[${i}].date`,
              'must be a valid date',
              step.date,
            );
          }
          const d = new Date(`${toDateTime(step.date).slice(0, 10)}T00:00:00Z`);
          const fmt = (o: Intl.DateTimeFormatOptions) =>
            new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' }).format(d);
          return (
            <li className="point-list" key={i}>
              <time
                className="point-list-aside point-list-primary"
                dateTime={toDateTime(step.date)}
              >
                <span className="point-date">{fmt({ day: '2-digit' })}</span>{' '}
                <span className="point-month">{fmt({ month: 'short' })}</span>{' '}
                <span className="visually-hidden">{fmt({ year: 'numeric' })}</span>
              </time>
              <div className="point-list-content">
                <p className="card-text mb-0">{step.label}</p>
              </div>
            </li>
          );
        })}
      </ol>
    );
  },
);
