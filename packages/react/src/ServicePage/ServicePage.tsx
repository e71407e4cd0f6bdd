'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import type { CategoriaServizio } from '@piazza/vocabularies';
import { Attachment, type AttachmentProps } from '../Attachment/Attachment.js';
import { Breadcrumbs } from '../Breadcrumbs/Breadcrumbs.js';
import { ContactCard, type ContactCardProps } from '../ContactCard/ContactCard.js';
import { ContactsBox, type ContactsBoxProps } from '../ContactsBox/ContactsBox.js';
import { Rating, type RatingProps } from '../Rating/Rating.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { formatDate, type DateInput } from '../utils/date.js';
import { PiazzaPropError } from '../utils/errors.js';
import { PageIndex } from './PageIndex.js';
import { ServiceHeader, type ServiceStatus, type ServiceTopic } from './ServiceHeader.js';
import { ServiceMetatag, type ServiceMetadata } from './ServiceMetatag.js';
import { ServiceSection } from './ServiceSection.js';
import { ServiceTimeline, type ServiceTimelineStep } from './ServiceTimeline.js';
import {
  servicePageMessages,
  type ServicePageMessages,
  type ServiceSectionId,
} from './ServicePage.intl.js';

/** "Tempi e scadenze": a text, a timeline, or both (at least one). */
export type ServiceCalendar =
  | { text: ReactNode; steps?: readonly ServiceTimelineStep[] }
  | { text?: ReactNode; steps: readonly ServiceTimelineStep[] };

/** A link of the access section. */
export interface ServiceAccessLink {
  href: string;
  /** @default the heading-block texts ("Accedi al servizio" / "Prenota appuntamento") */
  label?: string;
}

interface ServiceAccessBase {
  /** How to access the service (`service-generic-access`). */
  text?: ReactNode;
  /** The online service (`service-online-access`). */
  online?: ServiceAccessLink;
  /** Booking an appointment for the service (`service-booking-access`). */
  booking?: ServiceAccessLink;
  /** More content, e.g. the SPID/CIE access of CSE.1.1 (`ServiceAccess`). */
  extra?: ReactNode;
}

/** "Accedi al servizio": at least one of text, online access, booking. */
export type ServiceAccessInfo = ServiceAccessBase &
  ({ text: ReactNode } | { online: ServiceAccessLink } | { booking: ServiceAccessLink });

/** The content of a service page (scheda servizio). The eight sections the checker requires are required. */
export interface ServicePageData {
  /** Name of the service (`h1`, `service-title`). */
  title: string;
  /** Short description (`service-description`). */
  description: string;
  /** @default { active: true } */
  status?: ServiceStatus;
  /** The service category: the breadcrumb reads "Servizi" › category (C.SI.1.3). */
  category: { label: CategoriaServizio; href: string };
  /** At least one topic (`service-topic`). */
  topics: readonly ServiceTopic[];
  /** A chi è rivolto (`service-addressed`). */
  addressed: ReactNode;
  /** Descrizione (optional). */
  extendedDescription?: ReactNode;
  /** Come fare (`service-how-to`). */
  howTo: ReactNode;
  /** Cosa serve (`service-needed`). */
  needed: ReactNode;
  /** Cosa si ottiene (`service-achieved`). */
  achieved: ReactNode;
  /** Tempi e scadenze (`service-calendar-text` / `service-calendar-list`). */
  calendar: ServiceCalendar;
  /** Quanto costa (optional). */
  cost?: ReactNode;
  /** Accedi al servizio. */
  access: ServiceAccessInfo;
  /** Ulteriori informazioni (optional). */
  moreInfo?: ReactNode;
  /** Condizioni di servizio: the terms document carries `service-file`. */
  conditions: {
    file: Omit<AttachmentProps, 'dataElement'>;
    /** @default the standard sentence */
    text?: ReactNode;
  };
  /** Contatti: the responsible office carries `service-area`; other contact points may follow. */
  contacts: {
    office: Omit<ContactCardProps, 'serviceArea'>;
    others?: readonly ContactCardProps[];
  };
  /** Metadata for the JSON-LD (R.SI.1.1); `name` defaults to the title, `serviceType` to the category. */
  metadata: Omit<ServiceMetadata, 'name' | 'serviceType'> &
    Partial<Pick<ServiceMetadata, 'name' | 'serviceType'>>;
  /** Last update of the content. */
  updated?: DateInput;
}

export interface ServicePageProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  service: ServicePageData;
  /**
   * "Contatta il comune" under the content; `bookingHref` is required: `appointment-booking`
   * must be on every service page (C.SI.2.1).
   */
  contactsBox: ContactsBoxProps;
  /**
   * The rating widget (C.SI.2.6); `false` when the page frame already renders one.
   * @default {}
   */
  rating?: RatingProps | false;
  /**
   * Render the breadcrumb (Home › Servizi › category › service); `false` when the page frame does.
   * @default true
   */
  breadcrumbs?: boolean;
  /** @default '/' */
  homeHref?: string;
  /** @default '/servizi/' */
  servicesHref?: string;
  messages?: Partial<ServicePageMessages>;
}

/**
 * The service page (scheda servizio) template: breadcrumb, heading block, page index and the
 * sections in the checker's order with their data-elements (C.SI.1.3, C.SI.2.2), the JSON-LD
 * metadata (R.SI.1.1), "Contatta il comune" with the booking link (C.SI.2.1) and the rating
 * (C.SI.2.6). Optional sections, and their index entries, appear only when given.
 */
export const ServicePage = forwardRef<HTMLDivElement, ServicePageProps>(function ServicePage(
  {
    service: s,
    contactsBox,
    rating = {},
    breadcrumbs = true,
    homeHref = '/',
    servicesHref = '/servizi/',
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(servicePageMessages, messages);
  const { locale } = usePiazza();
  if (!s || typeof s !== 'object')
    throw new PiazzaPropError('ServicePage', 'service', 'is required', s);
  for (const key of [
    'addressed',
    'howTo',
    'needed',
    'achieved',
    'calendar',
    'access',
    'conditions',
    'contacts',
  ] as const) {
    if (s[key] === undefined || s[key] === null) {
      throw new PiazzaPropError('ServicePage', `service.${key}`, 'is required (C.SI.1.3)', s[key]);
    }
  }
  if (s.calendar.text == null && !s.calendar.steps?.length) {
    throw new PiazzaPropError('ServicePage', 'service.calendar', 'needs a text or steps');
  }
  const a = s.access;
  if (a.text == null && !a.online && !a.booking) {
    throw new PiazzaPropError(
      'ServicePage',
      'service.access',
      'needs a text, an online access or a booking',
    );
  }

  const sections: Array<[ServiceSectionId, ReactNode, string?]> = [
    ['a-chi-e-rivolto', s.addressed, 'service-addressed'],
    ['descrizione', s.extendedDescription],
    ['come-fare', s.howTo, 'service-how-to'],
    ['cosa-serve', s.needed, 'service-needed'],
    ['cosa-si-ottiene', s.achieved, 'service-achieved'],
    [
      'tempi-e-scadenze',
      <>
        {s.calendar.text != null && (
          <div data-element="service-calendar-text">{s.calendar.text}</div>
        )}
        {s.calendar.steps && s.calendar.steps.length > 0 && (
          <ServiceTimeline steps={s.calendar.steps} messages={messages} />
        )}
      </>,
    ],
    ['quanto-costa', s.cost],
    [
      'accedi-al-servizio',
      <>
        {a.text != null && (
          <div className="mb-3" data-element="service-generic-access">
            {a.text}
          </div>
        )}
        {(a.online || a.booking) && (
          <div className="d-flex flex-wrap gap-3 mb-3">
            {a.online && (
              <a
                className="btn btn-primary"
                href={a.online.href}
                data-element="service-online-access"
              >
                {a.online.label ?? t.access}
              </a>
            )}
            {a.booking && (
              <a
                className="btn btn-outline-primary"
                href={a.booking.href}
                data-element="service-booking-access"
              >
                {a.booking.label ?? t.booking}
              </a>
            )}
          </div>
        )}
        {a.extra}
      </>,
    ],
    ['ulteriori-informazioni', s.moreInfo],
    [
      'condizioni-di-servizio',
      <>
        <p>{s.conditions.text ?? t.conditionsIntro}</p>
        <Attachment {...s.conditions.file} dataElement="service-file" />
      </>,
    ],
    [
      'contatti',
      <ul className="row g-3 list-unstyled">
        <li className="col-12 col-md-6">
          <ContactCard headingLevel={3} {...s.contacts.office} serviceArea />
        </li>
        {s.contacts.others?.map((c) => (
          <li className="col-12 col-md-6" key={c.title}>
            <ContactCard headingLevel={3} {...c} serviceArea={false} />
          </li>
        ))}
      </ul>,
    ],
  ];
  const present = sections.filter(
    ([, content]) => content !== undefined && content !== null && content !== false,
  );

  return (
    <div ref={ref} className={cx(className)} {...rest}>
      <ServiceMetatag metadata={{ name: s.title, serviceType: s.category.label, ...s.metadata }} />
      <div className="container">
        {breadcrumbs && (
          <div className="pt-3">
            <Breadcrumbs
              items={[
                { label: 'Home', href: homeHref },
                { label: 'Servizi', href: servicesHref },
                { label: s.category.label, href: s.category.href },
                { label: s.title },
              ]}
            />
          </div>
        )}
        <ServiceHeader
          title={s.title}
          description={s.description}
          status={s.status}
          topics={s.topics}
          accessHref={a.online?.href ?? '#accedi-al-servizio'}
          bookingHref={a.booking?.href ?? contactsBox.bookingHref}
          messages={messages}
        />
        <div className="row mt-lg-4 pb-5">
          <div className="col-12 col-lg-3 mb-4">
            <PageIndex
              className="position-sticky"
              items={present.map(([id]) => ({ id, label: t.sections[id] }))}
              messages={messages}
            />
          </div>
          <div className="col-12 col-lg-8 offset-lg-1">
            {present.map(([id, content, de]) => (
              <ServiceSection key={id} id={id} title={t.sections[id]} contentDataElement={de}>
                {content}
              </ServiceSection>
            ))}
            {s.updated !== undefined && (
              <p className="small mb-0">{t.updated(formatDate(s.updated, locale))}</p>
            )}
          </div>
        </div>
        <div className="row g-4 pb-5">
          {rating !== false && (
            <div className="col-12 col-lg-6">
              <Rating {...rating} />
            </div>
          )}
          <div className="col-12 col-lg-6">
            <ContactsBox {...contactsBox} />
          </div>
        </div>
      </div>
    </div>
  );
});
