'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { isSecondLevelTitle, type MenuDataElement } from '@piazza/vocabularies';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { devWarn, PiazzaPropError } from '../utils/errors.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';

/** The first-level section a category card belongs to, and the `data-element` of its link. */
export type CategorySection = 'management' | 'news' | 'all-services' | 'live';

const LINK_DATA_ELEMENT = {
  management: 'management-category-link',
  news: 'news-category-link',
  'all-services': 'service-category-link',
  live: undefined,
} as const satisfies Record<CategorySection, string | undefined>;

export interface CategoryLink {
  label: string;
  href: string;
}

export interface CategoryCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /**
   * Title of the second-level page, e.g. "Anagrafe e stato civile". The checker compares it,
   * lowercased, with the model's second-level titles (C.SI.1.7): a development warning flags
   * a title outside them.
   */
  title: string;
  /** URL of the second-level page. */
  href: string;
  /**
   * The first-level section. The title link carries its `*-category-link` data-element:
   * `management-category-link`, `news-category-link`, `service-category-link` (none for `live`,
   * whose links are `live-button-locations` / `live-button-events`).
   */
  section: CategorySection;
  description?: string;
  /** A few links inside the category (e.g. its most used services). No data-element. */
  links?: readonly CategoryLink[];
  /** @default 3 */
  headingLevel?: HeadingLevel;
}

/**
 * A second-level entry on a first-level page (Amministrazione, Novità, Servizi): the title link
 * carries the section's `*-category-link` data-element that the checker follows.
 */
export const CategoryCard = forwardRef<HTMLElement, CategoryCardProps>(function CategoryCard(
  { title, href, section, description, links, headingLevel: ownHeadingLevel, className, ...rest },
  ref,
) {
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('CategoryCard', headingLevel);
  requireText('CategoryCard', 'title', title);
  requireText('CategoryCard', 'href', href);
  if (!(section in LINK_DATA_ELEMENT)) {
    throw new PiazzaPropError(
      'CategoryCard',
      'section',
      'must be "management", "news", "all-services" or "live"',
      section,
    );
  }
  if (section !== 'live' && !isSecondLevelTitle(section as MenuDataElement, title)) {
    devWarn(
      `<CategoryCard>: "${title}" is not a second-level title of "${section}" in the Modello Comuni (C.SI.1.7).`,
    );
  }
  return (
    <article
      ref={ref}
      className={cx('card card-teaser shadow-sm rounded h-100', className)}
      {...rest}
    >
      <div className="card-body">
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element={LINK_DATA_ELEMENT[section]}>
            {title}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
        {links && links.length > 0 && (
          <ul className="link-list list-unstyled mb-0">
            {links.map((l) => (
              <li key={l.href}>
                <a className="list-item" href={l.href}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
});
