'use client';
// The card of an item in a list shared by EventCard and PlaceCard (internal): an optional image,
// an optional "category-top" line, the title link with its data-element, a description and a
// closing detail line (the place of an event, the address of a place) with a hidden label.
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { CardImage, type CardImageProps } from './card-image.js';
import { cx } from './cx.js';
import { useCardHeadingLevel } from './heading-context.js';
import { headingTag, requireText, type HeadingLevel } from './heading.js';

export interface ListCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** The public component's name, for the errors about its props. */
  component: string;
  title: string;
  href: string;
  /** `data-element` of the title link. */
  linkElement: string;
  image?: CardImageProps | undefined;
  headingLevel?: HeadingLevel | undefined;
  description?: string | undefined;
  /** Content of the "category-top" line above the title; none, no line. */
  category?: ReactNode;
  /** The closing line: a label for screen readers, the value, and an icon before them. */
  detail?: { label: string; value: string; icon?: ReactNode } | undefined;
  /** Further prop checks of the public component, after title and link. */
  validate?: () => void;
}

export const ListCard = forwardRef<HTMLElement, ListCardProps>(function ListCard(
  {
    component,
    title,
    href,
    linkElement,
    image,
    headingLevel: ownHeadingLevel,
    description,
    category,
    detail,
    validate,
    className,
    ...rest
  },
  ref,
) {
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag(component, headingLevel);
  requireText(component, 'title', title);
  requireText(component, 'href', href);
  validate?.();
  return (
    <article
      ref={ref}
      className={cx('card shadow-sm rounded h-100', image ? 'card-img' : 'card-teaser', className)}
      {...rest}
    >
      {image && <CardImage {...image} />}
      <div className="card-body">
        {category && <p className="category-top mb-2">{category}</p>}
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element={linkElement}>
            {title}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
        {detail?.value && (
          <p className="card-text mb-0">
            {detail.icon}
            <span className="visually-hidden">{detail.label} </span>
            {detail.value}
          </p>
        )}
      </div>
    </article>
  );
});
