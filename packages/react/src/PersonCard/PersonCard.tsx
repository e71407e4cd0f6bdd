'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';

export interface PersonCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** Full name. */
  name: string;
  /** Page of the person. */
  href?: string;
  /** Role, e.g. "Sindaca" or "Responsabile dell’Ufficio Anagrafe". */
  jobTitle?: string;
  /** Photo; `alt` defaults to `''` (the name is already the card title). */
  image?: { src: string; alt?: string };
  /** @default 3 */
  headingLevel?: HeadingLevel;
}

/** A person (politician, staff): name, role, optional photo. */
export const PersonCard = forwardRef<HTMLElement, PersonCardProps>(function PersonCard(
  { name, href, jobTitle, image, headingLevel: ownHeadingLevel, className, ...rest },
  ref,
) {
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('PersonCard', headingLevel);
  requireText('PersonCard', 'name', name);
  return (
    <article
      ref={ref}
      className={cx('card card-teaser shadow-sm rounded h-100', className)}
      {...rest}
    >
      <div className="card-body">
        <H className="card-title h5">
          {href ? (
            <a className="text-decoration-none" href={href}>
              {name}
            </a>
          ) : (
            name
          )}
        </H>
        {jobTitle && <p className="card-text">{jobTitle}</p>}
      </div>
      {image && (
        <div className="avatar size-xl">
          <img src={image.src} alt={image.alt ?? ''} />
        </div>
      )}
    </article>
  );
});
