'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import type { DataElement } from '@piazza/vocabularies';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { PiazzaPropError } from '../utils/errors.js';
import type { NavLink } from '../HeaderNavbar/menu.js';
import type { SocialLink } from '../HeaderCenter/HeaderCenter.js';
import { footerMessages, type FooterMessages } from './Footer.intl.js';

/** A column of the footer: a site section and its second-level links. */
export interface FooterSection {
  /** Title of the column (e.g. "Amministrazione"). */
  title: string;
  /** Link of the title. */
  href?: string;
  links: readonly NavLink[];
}

/** The comune's contacts. */
export interface FooterContacts {
  /** Postal address, one line. */
  address?: string;
  /** Posta elettronica certificata. */
  pec?: string;
  email?: string;
  phone?: string;
  /** Codice fiscale. */
  fiscalCode?: string;
  /** Partita IVA. */
  vatNumber?: string;
  /** URL of the contacts page. */
  href?: string;
}

/** URLs of the legal links of the footer. */
export interface FooterLegalLinks {
  /** "Leggi le FAQ" (`faq`). @default '/leggi-le-faq/' */
  faq?: string;
  /** "Segnalazione disservizio" (`report-inefficiency`): a page or a `mailto:`. @default '/segnalazione-disservizio/' */
  reportInefficiency?: string;
  /** "Richiesta d’assistenza", as in the kit's footer (e.g. `RichiestaAssistenza`'s page). None: not shown. */
  assistance?: string;
  /** "Informativa privacy" (`privacy-policy-link`). @default '/informativa-privacy/' */
  privacyPolicy?: string;
  /** "Note legali" (`legal-notes`), the page with `LegalNotes`. @default '/note-legali/' */
  legalNotes?: string;
  /** "Dichiarazione di accessibilità" (`accessibility-link`): the AgID form URL (https://form.agid.gov.it/…). */
  accessibility: string;
  /**
   * "Piano di miglioramento del sito": required by C.SI.4.1 when the home page scores below 50
   * in Lighthouse. None: not shown.
   */
  improvementPlan?: string;
}

export interface FooterProps extends HTMLAttributes<HTMLElement> {
  /** Name of the comune. */
  name: string;
  /** URL of the home page. @default '/' */
  homeHref?: string;
  /** Logo (decorative). @default a Bootstrap Italia `pa` icon */
  logo?: ReactNode;
  /**
   * The columns of site sections with their second-level links. They never carry the
   * first-level `data-element`s (the checker counts those on the whole page). Pass
   * `footerSections()` for the model's four sections (`PageFrame` does it by default); the
   * default is empty to keep the component small.
   * @default []
   */
  sections?: readonly FooterSection[];
  /** The comune's contacts. */
  contacts?: FooterContacts;
  /** Social channels. @default [] */
  socials?: readonly SocialLink[];
  /** URLs of the legal links; `accessibility` is required. */
  legalLinks: FooterLegalLinks;
  /** `id` of the footer, the target of the "Vai al footer" skip link (focusable: `tabindex="-1"`). @default 'footer' */
  id?: string;
  /** Level of the columns' titles. @default 2 */
  headingLevel?: 2 | 3;
  /** Extra content at the end of the footer (e.g. `BackToTop`). */
  children?: ReactNode;
  /** Overrides of the default texts. */
  messages?: Partial<FooterMessages>;
}

type LegalKey =
  | 'faq'
  | 'reportInefficiency'
  | 'assistance'
  | 'privacyPolicy'
  | 'legalNotes'
  | 'accessibility'
  | 'improvementPlan';

/**
 * The page footer (`contentinfo` landmark, a real `<footer>`): the brand, the site sections
 * with their second-level links, the contacts, the social links and the legal links with the
 * checker's `data-element`s and labels: "Leggi le FAQ" (`faq`), "Segnalazione disservizio"
 * (`report-inefficiency`), "Informativa privacy" (`privacy-policy-link`), "Note legali"
 * (`legal-notes`), "Dichiarazione di accessibilità" (`accessibility-link`) and, optionally,
 * "Piano di miglioramento del sito".
 */
export const Footer = forwardRef<HTMLElement, FooterProps>(function Footer(
  {
    name,
    homeHref = '/',
    logo,
    sections,
    contacts,
    socials = [],
    legalLinks,
    id = 'footer',
    headingLevel = 2,
    children,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(footerMessages, messages);
  if (typeof name !== 'string' || name.trim() === '') {
    throw new PiazzaPropError('Footer', 'name', 'must be a non-empty string', name);
  }
  if (!legalLinks || typeof legalLinks.accessibility !== 'string' || !legalLinks.accessibility) {
    throw new PiazzaPropError(
      'Footer',
      'legalLinks.accessibility',
      'must be the URL of the accessibility statement (AgID form)',
      legalLinks?.accessibility,
    );
  }
  const columns = sections ?? [];
  const Heading = `h${headingLevel}` as const;

  // data-element values written out (typed against @piazza/vocabularies) to keep the bundle small.
  const legal: Array<{ key: LegalKey; href: string; dataElement?: DataElement }> = [
    { key: 'faq', href: legalLinks.faq ?? '/leggi-le-faq/', dataElement: 'faq' },
    {
      key: 'reportInefficiency',
      href: legalLinks.reportInefficiency ?? '/segnalazione-disservizio/',
      dataElement: 'report-inefficiency',
    },
    ...(legalLinks.assistance ? [{ key: 'assistance' as const, href: legalLinks.assistance }] : []),
    {
      key: 'privacyPolicy',
      href: legalLinks.privacyPolicy ?? '/informativa-privacy/',
      dataElement: 'privacy-policy-link',
    },
    {
      key: 'legalNotes',
      href: legalLinks.legalNotes ?? '/note-legali/',
      dataElement: 'legal-notes',
    },
    {
      key: 'accessibility',
      href: legalLinks.accessibility,
      dataElement: 'accessibility-link',
    },
    ...(legalLinks.improvementPlan
      ? [{ key: 'improvementPlan' as const, href: legalLinks.improvementPlan }]
      : []),
  ];

  const contactRows = contacts
    ? (
        [
          ['address', contacts.address, undefined],
          ['pec', contacts.pec, contacts.pec && `mailto:${contacts.pec}`],
          ['email', contacts.email, contacts.email && `mailto:${contacts.email}`],
          [
            'phone',
            contacts.phone,
            contacts.phone && `tel:${contacts.phone.replace(/[^\d+]/g, '')}`,
          ],
          ['fiscalCode', contacts.fiscalCode, undefined],
          ['vatNumber', contacts.vatNumber, undefined],
        ] as const
      ).filter(([, value]) => value)
    : [];

  return (
    <footer ref={ref} id={id} tabIndex={-1} className={className} {...rest}>
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-brand-wrapper">
                <a href={homeHref}>
                  {logo ?? <Icon name="pa" />}
                  <div className="it-brand-text">
                    <span className="visually-hidden">{t.home}</span>{' '}
                    <span className="h2 text-white">{name}</span>
                  </div>
                </a>
              </div>
            </div>
          </div>
          {columns.length > 0 && (
            <div className="row">
              {columns.map((section) => (
                <div key={section.title} className="col-md-6 col-lg-3 pb-4">
                  <Heading className="h4 mb-3">
                    {section.href ? (
                      <a className="text-white" href={section.href}>
                        {section.title}
                      </a>
                    ) : (
                      section.title
                    )}
                  </Heading>
                  <div className="link-list-wrapper">
                    <ul className="link-list">
                      {section.links.map((link) => (
                        <li key={link.href}>
                          <a className="list-item text-white" href={link.href}>
                            {link.label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              ))}
            </div>
          )}
          {(contactRows.length > 0 || socials.length > 0 || contacts?.href) && (
            <div className="row border-top border-white pt-4 pb-4">
              {(contactRows.length > 0 || contacts?.href) && (
                <div className="col-md-6 col-lg-8">
                  <Heading className="h4 mb-3">{t.contacts}</Heading>
                  {contactRows.map(([key, value, href]) => (
                    <p key={key} className="mb-1">
                      <span className="fw-semibold">{t[key]}:</span>{' '}
                      {href ? (
                        <a className="text-white" href={href}>
                          {value}
                        </a>
                      ) : (
                        value
                      )}
                    </p>
                  ))}
                  {contacts?.href && (
                    <p className="mt-3 mb-0">
                      <a className="text-white" href={contacts.href}>
                        {t.allContacts}
                      </a>
                    </p>
                  )}
                </div>
              )}
              {socials.length > 0 && (
                <div className="col-md-6 col-lg-4">
                  <Heading className="h4 mb-3">{t.follow}</Heading>
                  <ul className="list-inline">
                    {socials.map((s) => (
                      <li key={s.href} className="list-inline-item">
                        <a href={s.href} aria-label={s.label} className="p-2">
                          <Icon name={s.icon} color="white" />
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <ul
            className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row flex-wrap"
            aria-label={t.legal}
          >
            {legal.map((link) => (
              <li key={link.key} className="list-inline-item">
                <a className="text-white" href={link.href} data-element={link.dataElement}>
                  {t[link.key]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {children}
    </footer>
  );
});
