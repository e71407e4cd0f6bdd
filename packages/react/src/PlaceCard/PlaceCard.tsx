'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { TipoLuogo } from '@piazza/vocabularies';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import type { CardImageProps } from '../utils/card-image.js';
import type { HeadingLevel } from '../utils/heading.js';
import { ListCard } from '../utils/list-card.js';
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
  { title, href, type, address, description, image, headingLevel, messages, ...rest },
  ref,
) {
  const t = useMessages(placeCardMessages, messages);
  return (
    <ListCard
      ref={ref}
      component="PlaceCard"
      title={title}
      href={href}
      linkElement="location-link"
      image={image}
      headingLevel={headingLevel}
      description={description}
      category={type && <span className="category">{type}</span>}
      detail={
        address
          ? {
              label: t.address,
              value: address,
              icon: <Icon name="map-marker" size="sm" className="me-1" />,
            }
          : undefined
      }
      {...rest}
    />
  );
});
