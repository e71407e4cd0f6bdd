'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { telHref } from '../utils/tel.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';
import { contactCardMessages, type ContactCardMessages } from './ContactCard.intl.js';

/** A link of a contact card (`links`). */
export interface ContactCardLink {
  label: string;
  /** Without it the row is text (e.g. an account name with no address to link). */
  href?: string;
}

export interface ContactCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** Name of the office or contact point, e.g. "Ufficio Anagrafe". */
  title: string;
  /** Page of the office. */
  href?: string;
  /**
   * The office responsible for the service, on a service page: the title carries
   * `data-element="service-area"` (C.SI.1.3 and C.SI.2.2).
   * @default false
   */
  serviceArea?: boolean;
  /** Street address. */
  address?: string;
  /** Opening hours, one line per entry. */
  hours?: string | readonly string[];
  /** Phone number as written for people; the link dials its digits. */
  phone?: string;
  email?: string;
  /** Certified email (posta elettronica certificata). */
  pec?: string;
  /**
   * More links after the details: the office page, its seat, a website, another number…
   * Each is a row with the link icon; the label is the link's text (or plain text without href).
   */
  links?: readonly ContactCardLink[];
  /** @default 3 */
  headingLevel?: HeadingLevel;
  messages?: Partial<ContactCardMessages>;
}

/**
 * An office or a contact point: address, opening hours, phone, email, PEC. On a service page,
 * `serviceArea` marks it as the responsible office (`service-area`). `OfficeCard` is the same
 * component.
 */
export const ContactCard = forwardRef<HTMLElement, ContactCardProps>(function ContactCard(
  {
    title,
    href,
    serviceArea = false,
    address,
    hours,
    phone,
    email,
    pec,
    links = [],
    headingLevel: ownHeadingLevel,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(contactCardMessages, messages);
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('ContactCard', headingLevel);
  requireText('ContactCard', 'title', title);
  const de = serviceArea ? 'service-area' : undefined;
  const row = (icon: string, label: string, value: ReactNode) => (
    <li className="d-flex align-items-start mb-2">
      <Icon name={icon} size="sm" className="me-2 flex-shrink-0" />
      <span className="text-break">
        <span className="visually-hidden">{label} </span>
        {value}
      </span>
    </li>
  );
  const lines = typeof hours === 'string' ? [hours] : hours;
  return (
    <article
      ref={ref}
      className={cx('card card-teaser shadow-sm rounded h-100', className)}
      {...rest}
    >
      <div className="card-body">
        <H className="card-title h5">
          {href ? (
            <a className="text-decoration-none" href={href} data-element={de}>
              {title}
            </a>
          ) : (
            <span data-element={de}>{title}</span>
          )}
        </H>
        <ul className="list-unstyled card-text mb-0">
          {address && row('map-marker', t.address, address)}
          {lines &&
            lines.length > 0 &&
            row(
              'clock',
              t.hours,
              lines.map((line, i) => (
                <span key={i} className="d-block">
                  {line}
                </span>
              )),
            )}
          {phone && row('telephone', t.phone, <a href={telHref(phone)}>{phone}</a>)}
          {email && row('mail', t.email, <a href={`mailto:${email}`}>{email}</a>)}
          {pec && row('mail', t.pec, <a href={`mailto:${pec}`}>{pec}</a>)}
          {links.map((l) => (
            <li className="d-flex align-items-start mb-2" key={`${l.label} ${l.href ?? ''}`}>
              <Icon name="link" size="sm" className="me-2 flex-shrink-0" />
              {l.href ? (
                <a className="text-break" href={l.href}>
                  {l.label}
                </a>
              ) : (
                <span className="text-break">{l.label}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
});

/** An office card: the same component as `ContactCard`. */
export const OfficeCard = ContactCard;
export type OfficeCardProps = ContactCardProps;
