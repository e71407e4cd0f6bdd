'use client';
import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../Icon/Icon.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { addDays, formatDate } from '../forms-support/dates.js';
import { requestReceiptMessages, type RequestReceiptMessages } from './RequestReceipt.intl.js';

export interface RequestReceiptProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The request's unique code (to follow its status, CSE.1.9). */
  code: string;
  /** When the request was taken in charge (CSE.1.10). */
  takenInCharge: Date | string;
  /** The service's maximum time, in calendar days: gives the latest date for the outcome. */
  maxDays?: number;
  /** Or the latest date for the outcome itself. */
  outcomeBy?: Date | string;
  /** The service's name. */
  service?: string;
  /** How the citizen will be notified (CSE.1.2). @default "Riceverai una email…" */
  notification?: ReactNode;
  /** The page of the request's status. */
  statusHref: string;
  /** Moves focus to the title when shown (after a submit). @default false */
  focusOnMount?: boolean;
  /** Level of the title. @default 2 */
  headingLevel?: 1 | 2 | 3;
  /** More content (e.g. the rating invitation). */
  children?: ReactNode;
  /** Overrides of the default texts. */
  messages?: Partial<RequestReceiptMessages>;
}

/**
 * The receipt after sending a request (CSE.1.2, CSE.1.10): "Richiesta inviata", the request
 * code, the date taken in charge, the latest date for the outcome, how the citizen will be
 * notified and a link to the request's status.
 */
export const RequestReceipt = /* @__PURE__ */ forwardRef<HTMLElement, RequestReceiptProps>(
  function RequestReceipt(
    {
      code,
      takenInCharge,
      maxDays,
      outcomeBy,
      service,
      notification,
      statusHref,
      focusOnMount = false,
      headingLevel = 2,
      children,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const t = useMessages(requestReceiptMessages, messages);
    const { locale } = usePiazza();
    const titleId = useId();
    const heading = useRef<HTMLHeadingElement>(null);
    useEffect(() => {
      if (focusOnMount) heading.current?.focus();
    }, [focusOnMount]);
    if (!code)
      throw new PiazzaPropError('RequestReceipt', 'code', 'must be a non-empty string', code);
    const outcome =
      outcomeBy ?? (maxDays !== undefined ? addDays(takenInCharge, maxDays) : undefined);
    if (!outcome) {
      throw new PiazzaPropError(
        'RequestReceipt',
        'maxDays',
        'or "outcomeBy" must be given (CSE.1.10)',
      );
    }
    const H = `h${headingLevel}` as 'h2';
    return (
      <section ref={ref} aria-labelledby={titleId} className={cx('mb-5', className)} {...rest}>
        <div className="d-flex align-items-center mb-3">
          <Icon name="check-circle" size="lg" color="success" className="me-2 flex-shrink-0" />
          <H id={titleId} ref={heading} tabIndex={-1} className="mb-0">
            {t.title}
          </H>
        </div>
        <p>{t.thanks(service)}</p>
        <dl>
          <dt>{t.code}</dt>
          <dd className="fw-semibold">{code}</dd>
          <dt>{t.takenInCharge}</dt>
          <dd>{formatDate(takenInCharge, locale)}</dd>
          <dt>{t.outcomeBy}</dt>
          <dd>{formatDate(outcome, locale)}</dd>
        </dl>
        <p>{notification ?? t.notification}</p>
        <p>
          <a href={statusHref}>{t.status}</a>
        </p>
        {children}
      </section>
    );
  },
);
