'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { TipoNotizia } from '@piazza/vocabularies';
import { usePiazza } from '../intl/context.js';
import { CardImage, type CardImageProps } from '../utils/card-image.js';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { formatDate, isValidDate, toDateTime, type DateInput } from '../utils/date.js';
import { PiazzaPropError } from '../utils/errors.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';

export interface NewsCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  title: string;
  href: string;
  /** Type of news, from the model: Notizie, Comunicati, Avvisi. */
  type: TipoNotizia;
  /** Publication date, `'2025-03-14'` or a Date; rendered in a `<time>`. */
  date: DateInput;
  description?: string;
  /** Optional image; `alt` is required (`''` when decorative). */
  image?: CardImageProps;
  /** @default 3 */
  headingLevel?: HeadingLevel;
}

/** A news item in a list: type, date in `<time>`, optional image, title link, description. */
export const NewsCard = forwardRef<HTMLElement, NewsCardProps>(function NewsCard(
  {
    title,
    href,
    type,
    date,
    description,
    image,
    headingLevel: ownHeadingLevel,
    className,
    ...rest
  },
  ref,
) {
  const { locale } = usePiazza();
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('NewsCard', headingLevel);
  requireText('NewsCard', 'title', title);
  requireText('NewsCard', 'href', href);
  if (!isValidDate(date))
    throw new PiazzaPropError('NewsCard', 'date', 'must be a valid date', date);
  return (
    <article
      ref={ref}
      className={cx('card shadow-sm rounded h-100', image ? 'card-img' : 'card-teaser', className)}
      {...rest}
    >
      {image && <CardImage {...image} />}
      <div className="card-body">
        <p className="category-top mb-2">
          <span className="category">{type}</span>
          <time className="data" dateTime={toDateTime(date)}>
            {formatDate(date, locale)}
          </time>
        </p>
        <H className="card-title h5">
          <a className="text-decoration-none" href={href}>
            {title}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
      </div>
    </article>
  );
});
