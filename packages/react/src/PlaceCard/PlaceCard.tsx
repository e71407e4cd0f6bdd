'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { TipoLuogo } from '@piazza/vocabularies';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { CardImage, type CardImageProps } from '../utils/card-image.js';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';
import { placeCardMessages, type PlaceCardMessages } from './PlaceCard.intl.js';

export interface PlaceCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  title: string;
  /** URL of the place page. The link carries `data-element="location-link"`. */
  href: string;
  /** Type of place, from the model vocabulary. */
  type?: TipoLuogo;
  address?: string;
  description?: string;
  image?: CardImageProps;
  /** @default 3 */
  headingLevel?: HeadingLevel;
  messages?: Partial<PlaceCardMessages>;
}

/** A place in a list (Luoghi): type, title link (`location-link`), address. */
export const PlaceCard = forwardRef<HTMLElement, PlaceCardProps>(function PlaceCard(
  {
    title,
    href,
    type,
    address,
    description,
    image,
    headingLevel: ownHeadingLevel,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(placeCardMessages, messages);
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('PlaceCard', headingLevel);
  requireText('PlaceCard', 'title', title);
  requireText('PlaceCard', 'href', href);
  return (
    <article
      ref={ref}
      className={cx('card shadow-sm rounded h-100', image ? 'card-img' : 'card-teaser', className)}
      {...rest}
    >
      {image && <CardImage {...image} />}
      <div className="card-body">
        {type && (
          <p className="category-top mb-2">
            <span className="category">{type}</span>
          </p>
        )}
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element="location-link">
            {title}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
        {address && (
          <p className="card-text mb-0">
            <Icon name="map-marker" size="sm" className="me-1" />
            <span className="visually-hidden">{t.address} </span>
            {address}
          </p>
        )}
      </div>
    </article>
  );
});
