'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { TipoEvento } from '@piazza/vocabularies';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { CardImage, type CardImageProps } from '../utils/card-image.js';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { formatDate, isValidDate, toDateTime, type DateInput } from '../utils/date.js';
import { PiazzaPropError } from '../utils/errors.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';
import { eventCardMessages, type EventCardMessages } from './EventCard.intl.js';

export interface EventCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  title: string;
  /** URL of the event page. The link carries `data-element="event-link"`. */
  href: string;
  /** First day, `'2025-05-03'` or a Date. */
  start: DateInput;
  /** Last day, for an event over several days. */
  end?: DateInput;
  /** Type of event, from the model vocabulary. */
  type?: TipoEvento;
  /** Where it takes place. */
  place?: string;
  description?: string;
  image?: CardImageProps;
  /** @default 3 */
  headingLevel?: HeadingLevel;
  messages?: Partial<EventCardMessages>;
}

/** An event in a list: type, date or date range in `<time>`s, title link (`event-link`), place. */
export const EventCard = forwardRef<HTMLElement, EventCardProps>(function EventCard(
  {
    title,
    href,
    start,
    end,
    type,
    place,
    description,
    image,
    headingLevel: ownHeadingLevel,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const { locale } = usePiazza();
  const t = useMessages(eventCardMessages, messages);
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('EventCard', headingLevel);
  requireText('EventCard', 'title', title);
  requireText('EventCard', 'href', href);
  if (!isValidDate(start))
    throw new PiazzaPropError('EventCard', 'start', 'must be a valid date', start);
  if (end !== undefined && !isValidDate(end)) {
    throw new PiazzaPropError('EventCard', 'end', 'must be a valid date', end);
  }
  const time = (d: DateInput) => <time dateTime={toDateTime(d)}>{formatDate(d, locale)}</time>;
  return (
    <article
      ref={ref}
      className={cx('card shadow-sm rounded h-100', image ? 'card-img' : 'card-teaser', className)}
      {...rest}
    >
      {image && <CardImage {...image} />}
      <div className="card-body">
        <p className="category-top mb-2">
          {type && <span className="category">{type}</span>}
          <span className="data">
            {end ? (
              <>
                {t.from} {time(start)} {t.to} {time(end)}
              </>
            ) : (
              time(start)
            )}
          </span>
        </p>
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element="event-link">
            {title}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
        {place && (
          <p className="card-text mb-0">
            <span className="visually-hidden">{t.place} </span>
            {place}
          </p>
        )}
      </div>
    </article>
  );
});
