'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';

export interface TeaserCardProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'title' | 'children'
> {
  /** Title, a link to the item's page. */
  title: string;
  href: string;
  /** A short line above the title: the type, a date ("Delibera · 3 marzo 2026"). */
  kicker?: string;
  description?: string;
  /** `data-element` of the title link, when the checker follows it. */
  linkDataElement?: string;
  /** Without it, the level CardList gives, else 3. */
  headingLevel?: HeadingLevel;
}

/**
 * A plain teaser card for items without a card of their own (an office, a document, a person
 * in a list): kicker, title link and a short description.
 */
export const TeaserCard = forwardRef<HTMLDivElement, TeaserCardProps>(function TeaserCard(
  {
    title,
    href,
    kicker,
    description,
    linkDataElement,
    headingLevel: ownHeadingLevel,
    className,
    ...rest
  },
  ref,
) {
  const H = headingTag('TeaserCard', useCardHeadingLevel(ownHeadingLevel));
  requireText('TeaserCard', 'title', title);
  requireText('TeaserCard', 'href', href);
  return (
    <div
      ref={ref}
      className={cx('card card-teaser card-teaser-info rounded shadow-sm p-3 h-100', className)}
      {...rest}
    >
      <div className="card-body p-0">
        {kicker && <p className="text-uppercase small fw-semibold mb-2">{kicker}</p>}
        <H className="card-title h5 mb-2">
          <a className="text-decoration-none" href={href} data-element={linkDataElement}>
            {title}
          </a>
        </H>
        {description && <p className="card-text mb-0">{description}</p>}
      </div>
    </div>
  );
});
