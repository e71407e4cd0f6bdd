'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { TipoEvento } from '@piazza/vocabularies';
import { usePiazza } from '../intl/context.js';
import type { Locale } from '../intl/PiazzaProvider.js';
import { useMessages } from '../intl/messages.js';
import type { CardImageProps } from '../utils/card-image.js';
import { formatDate, isValidDate, toDateTime, type DateInput } from '../utils/date.js';
import { PiazzaPropError } from '../utils/errors.js';
import type { HeadingLevel } from '../utils/heading.js';
import { ListCard } from '../utils/list-card.js';
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

function DateTime({ value, locale }: { value: DateInput; locale: Locale }) {
  return <time dateTime={toDateTime(value)}>{formatDate(value, locale)}</time>;
}

/** An event in a list: type, date or date range in `<time>`s, title link (`event-link`), place. */
export const EventCard = forwardRef<HTMLElement, EventCardProps>(function EventCard(
  { title, href, start, end, type, place, description, image, headingLevel, messages, ...rest },
  ref,
) {
  const { locale } = usePiazza();
  const t = useMessages(eventCardMessages, messages);
  // a component, so that the dates are read after ListCard has checked them (validate)
  const time = (d: DateInput) => <DateTime value={d} locale={locale} />;
  return (
    <ListCard
      ref={ref}
      component="EventCard"
      title={title}
      href={href}
      linkElement="event-link"
      image={image}
      headingLevel={headingLevel}
      description={description}
      validate={() => {
        if (!isValidDate(start))
          throw new PiazzaPropError('EventCard', 'start', 'must be a valid date', start);
        if (end !== undefined && !isValidDate(end)) {
          throw new PiazzaPropError('EventCard', 'end', 'must be a valid date', end);
        }
      }}
      category={
        <>
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
        </>
      }
      detail={place ? { label: t.place, value: place } : undefined}
      {...rest}
    />
  );
});
