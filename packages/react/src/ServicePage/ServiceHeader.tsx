'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { Argomento } from '@piazza/vocabularies';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { requireText } from '../utils/heading.js';
import { servicePageMessages, type ServicePageMessages } from './ServicePage.intl.js';

/** Whether the service can be used now; an inactive service says why. */
export type ServiceStatus = { active: true } | { active: false; reason: string };

export interface ServiceTopic {
  topic: Argomento;
  href?: string;
}

export interface ServiceHeaderProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'title' | 'children'
> {
  /** Name of the service: the page's `h1` (`service-title`, ≥ 3 characters). */
  title: string;
  /** Short description (`service-description`, ≥ 3 characters). */
  description: string;
  /** @default { active: true } */
  status?: ServiceStatus;
  /** Topics of the service (`service-topic`): at least one (C.SI.1.3). */
  topics: readonly ServiceTopic[];
  /** "Accedi al servizio": the online access, or the page's access section. */
  accessHref?: string;
  /** "Prenota appuntamento". */
  bookingHref?: string;
  messages?: Partial<ServicePageMessages>;
}

/**
 * The heading block of a service page: `h1` (`service-title`), status chip (`service-status`:
 * "Servizio attivo" / "Servizio non attivo" and its reason), description
 * (`service-description`), topic chips (`service-topic`), and the actions.
 *
 * State: `data-active` ("true" / "false").
 */
export const ServiceHeader = forwardRef<HTMLDivElement, ServiceHeaderProps>(function ServiceHeader(
  {
    title,
    description,
    status = { active: true },
    topics,
    accessHref,
    bookingHref,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(servicePageMessages, messages);
  requireText('ServiceHeader', 'title', title);
  requireText('ServiceHeader', 'description', description);
  if (!Array.isArray(topics) || topics.length === 0) {
    throw new PiazzaPropError(
      'ServiceHeader',
      'topics',
      'must list at least one topic (C.SI.1.3)',
      topics,
    );
  }
  if (!status.active) requireText('ServiceHeader', 'status.reason', status.reason);
  return (
    <div ref={ref} className={cx('py-4', className)} data-active={String(status.active)} {...rest}>
      <h1 data-element="service-title">{title}</h1>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3" data-element="service-status">
        <span
          className={cx('chip chip-simple m-0', status.active ? 'chip-primary' : 'chip-danger')}
        >
          <span className="chip-label">{status.active ? t.active : t.inactive}</span>
        </span>
        {!status.active && <span>{status.reason}</span>}
      </div>
      <p className="lead" data-element="service-description">
        {description}
      </p>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <span className="small">{t.topics}</span>
        <ul className="d-flex flex-wrap gap-2 list-unstyled mb-0">
          {topics.map((tp) => (
            <li key={tp.topic}>
              {/* The chip markup of TopicChip, without its development check: that check loads the
                  whole topic vocabulary, which the service page's size budget cannot carry
                  (the types already restrict `topic` to the model). */}
              {tp.href ? (
                <a className="chip chip-simple m-0" href={tp.href} data-element="service-topic">
                  <span className="chip-label">{tp.topic}</span>
                </a>
              ) : (
                <span className="chip chip-simple m-0" data-element="service-topic">
                  <span className="chip-label">{tp.topic}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      {(accessHref || bookingHref) && (
        <div className="d-flex flex-wrap gap-3">
          {accessHref && status.active && (
            <a className="btn btn-primary" href={accessHref}>
              {t.access}
            </a>
          )}
          {bookingHref && (
            <a className="btn btn-outline-primary" href={bookingHref}>
              {t.booking}
            </a>
          )}
        </div>
      )}
    </div>
  );
});
