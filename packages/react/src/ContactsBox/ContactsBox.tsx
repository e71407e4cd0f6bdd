'use client';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { telHref } from '../utils/tel.js';
import { cx } from '../utils/cx.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';
import { contactsBoxMessages, type ContactsBoxMessages } from './ContactsBox.intl.js';

export interface ContactsBoxProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The appointment booking page. Required: the link carries `appointment-booking`, which the
   * checker wants as an `<a href>` on the services page and on every service page (C.SI.2.1).
   */
  bookingHref: string;
  /** The FAQ page. */
  faqHref?: string;
  /** The assistance request page. */
  assistanceHref?: string;
  /** The toll-free number, as written for people. */
  tollFreeNumber?: string;
  /** The disservice report page. */
  reportHref?: string;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  messages?: Partial<ContactsBoxMessages>;
}

/**
 * "Contatta il comune" (`data-element="contacts"`): FAQ, assistance, toll-free number,
 * appointment booking (`appointment-booking`, a real link) and disservice report.
 */
export const ContactsBox = forwardRef<HTMLElement, ContactsBoxProps>(function ContactsBox(
  {
    bookingHref,
    faqHref,
    assistanceHref,
    tollFreeNumber,
    reportHref,
    headingLevel = 2,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(contactsBoxMessages, messages);
  const id = useId();
  const H = headingTag('ContactsBox', headingLevel);
  const H2 = headingTag('ContactsBox', Math.min(headingLevel + 1, 6));
  requireText('ContactsBox', 'bookingHref', bookingHref);
  const item = (href: string, icon: string, label: string, de?: string) => (
    <li>
      <a className="list-item d-flex align-items-center py-2" href={href} data-element={de}>
        <Icon name={icon} size="sm" color="primary" className="me-2" />
        <span>{label}</span>
      </a>
    </li>
  );
  return (
    <section
      ref={ref}
      className={cx('card card-teaser shadow-sm rounded p-4', className)}
      data-element="contacts"
      aria-labelledby={`${id}-t`}
      {...rest}
    >
      <div className="card-body">
        <H id={`${id}-t`} className="h4 mb-3">
          {t.title}
        </H>
        <ul className="link-list list-unstyled mb-0">
          {faqHref && item(faqHref, 'help-circle', t.faq)}
          {assistanceHref && item(assistanceHref, 'mail', t.assistance)}
          {tollFreeNumber && item(telHref(tollFreeNumber), 'hearing', t.tollFree(tollFreeNumber))}
          {item(bookingHref, 'calendar', t.booking, 'appointment-booking')}
        </ul>
        {reportHref && (
          <>
            <H2 className="h5 mt-4 mb-2">{t.problems}</H2>
            <ul className="link-list list-unstyled mb-0">
              {item(reportHref, 'map-marker-circle', t.report)}
            </ul>
          </>
        )}
      </div>
    </section>
  );
});
