'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { MENU, type MenuDataElement } from '@piazza/vocabularies';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import {
  secondLevelLinksMessages,
  type SecondLevelLinksMessages,
} from './SecondLevelLinks.intl.js';

/** A second-level entry: a category, a section, a news type. */
export interface SecondLevelLink {
  label: string;
  href: string;
  /** Short text under the title. */
  description?: string;
}

export type SecondLevelHeadingLevel = 2 | 3 | 4;

export interface SecondLevelLinksProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The first-level page this block belongs to. */
  section: MenuDataElement;
  /**
   * The entries. For `live` only the first two are used (places, events).
   * @default the section's entries from `@piazza/vocabularies`, URLs `{basePath}{section}/{entry}/`
   */
  items?: readonly SecondLevelLink[];
  /** Path prefix of the default URLs. @default '/' */
  basePath?: string;
  /** Level of the entries' titles in the page outline. @default 3 */
  headingLevel?: SecondLevelHeadingLevel;
  /** Overrides of the default texts. */
  messages?: Partial<SecondLevelLinksMessages>;
}

// The data-elements the checker follows (DATA_ELEMENTS of @piazza/vocabularies, written out).
const LINK_DATA_ELEMENT = {
  management: 'management-category-link',
  news: 'news-category-link',
  'all-services': 'service-category-link',
} as const;

/**
 * The second-level block of a first-level page, the links the checker follows (C.SI.1.7):
 * a grid of cards whose title links carry `management-category-link`, `news-category-link` or
 * `service-category-link`; on the Vivere page the two links "Tutti i luoghi"
 * (`live-button-locations`) and "Tutti gli eventi" (`live-button-events`), real `<a href>`.
 */
export const SecondLevelLinks = forwardRef<HTMLDivElement, SecondLevelLinksProps>(
  function SecondLevelLinks(
    { section, items, basePath = '/', headingLevel = 3, messages, className, ...rest },
    ref,
  ) {
    const t = useMessages(secondLevelLinksMessages, messages);
    const entry = MENU.find((m) => m.dataElement === section);
    if (!entry) {
      throw new PiazzaPropError(
        'SecondLevelLinks',
        'section',
        'must be one of management, news, all-services, live',
        section,
      );
    }
    const base = `${basePath.endsWith('/') ? basePath : `${basePath}/`}${entry.slug}/`;
    const links: readonly SecondLevelLink[] =
      items ??
      entry.children.map((c) => ({
        label: c.label,
        href: `${base}${c.slug}/`,
        description: 'description' in c ? c.description : undefined,
      }));

    if (section === 'live') {
      const [places, events] = links;
      if (!places || !events) {
        throw new PiazzaPropError(
          'SecondLevelLinks',
          'items',
          'needs two entries (places, events) for the live section',
          links.length,
        );
      }
      return (
        <div ref={ref} className={cx('d-flex flex-wrap gap-2', className)} {...rest}>
          <a className="btn btn-primary" href={places.href} data-element="live-button-locations">
            {t.allLocations}
          </a>
          <a className="btn btn-primary" href={events.href} data-element="live-button-events">
            {t.allEvents}
          </a>
        </div>
      );
    }

    const Heading = `h${headingLevel}` as const;
    return (
      <div ref={ref} className={cx('row g-4', className)} {...rest}>
        {links.map((link) => (
          <div key={link.href} className="col-md-6 col-lg-4">
            <div className="card card-teaser no-after rounded shadow-sm h-100">
              <div className="card-body">
                <Heading className="card-title h5">
                  <a
                    className="text-decoration-none"
                    href={link.href}
                    data-element={LINK_DATA_ELEMENT[section]}
                  >
                    {link.label}
                  </a>
                </Heading>
                {link.description && <p className="card-text">{link.description}</p>}
              </div>
            </div>
          </div>
        ))}
      </div>
    );
  },
);
