'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';

export interface ServiceCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** Name of the service: the text of the link to its page. */
  title: string;
  /** URL of the service page. The link carries `data-element="service-link"` (C.SI.1.3). */
  href: string;
  /** Short description of the service. */
  description?: string;
  /** Service category shown above the title (e.g. "Anagrafe e stato civile"). */
  category?: string;
  /** Link of the category page; without it the category is plain text. */
  categoryHref?: string;
  /**
   * Level of the title heading.
   * @default 3, or the level a CardList gives its cards (2 by default)
   */
  headingLevel?: HeadingLevel;
}

/**
 * A service in a list: category, title link (`service-link`), description.
 * The checker collects every `a[data-element="service-link"]` of the services page.
 */
export const ServiceCard = forwardRef<HTMLElement, ServiceCardProps>(function ServiceCard(
  {
    title,
    href,
    description,
    category,
    categoryHref,
    headingLevel: ownHeadingLevel,
    className,
    ...rest
  },
  ref,
) {
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('ServiceCard', headingLevel);
  requireText('ServiceCard', 'title', title);
  requireText('ServiceCard', 'href', href);
  return (
    <article
      ref={ref}
      className={cx('card card-teaser shadow-sm rounded h-100', className)}
      {...rest}
    >
      <div className="card-body">
        {category && (
          <p className="category-top mb-2">
            {categoryHref ? (
              <a className="category" href={categoryHref}>
                {category}
              </a>
            ) : (
              <span className="category">{category}</span>
            )}
          </p>
        )}
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element="service-link">
            {title}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
      </div>
    </article>
  );
});
