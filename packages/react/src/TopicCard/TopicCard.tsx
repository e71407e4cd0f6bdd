'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { isModelTopic, type Argomento } from '@piazza/vocabularies';
import { CardImage, type CardImageProps } from '../utils/card-image.js';
import { cx } from '../utils/cx.js';
import { useCardHeadingLevel } from '../utils/heading-context.js';
import { devWarn } from '../utils/errors.js';
import { headingTag, requireText, type HeadingLevel } from '../utils/heading.js';

export interface TopicCardProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /**
   * One of the 64 topics of the Modello Comuni, spelled as the checker wants it (C.SI.1.5).
   * A development warning flags a topic outside the model.
   */
  topic: Argomento;
  /** URL of the topic page. */
  href: string;
  description?: string;
  /** Optional image above the title; `alt` is required (`''` when decorative). */
  image?: CardImageProps;
  /**
   * Links to what the topic contains (services, news, offices…), listed inside the card as on the
   * Modello's home ("Argomenti in evidenza").
   */
  links?: readonly { label: string; href: string }[];
  /** Label of the link to the topic page at the bottom, shown with `links`; the topic is added for screen readers. @default 'Esplora argomento' */
  exploreLabel?: string;
  /** @default 3 */
  headingLevel?: HeadingLevel;
}

/** A topic (argomento) card: its title link carries `data-element="topic-element"` (C.SI.1.5). */
export const TopicCard = forwardRef<HTMLElement, TopicCardProps>(function TopicCard(
  {
    topic,
    href,
    description,
    image,
    links,
    exploreLabel = 'Esplora argomento',
    headingLevel: ownHeadingLevel,
    className,
    ...rest
  },
  ref,
) {
  const headingLevel = useCardHeadingLevel(ownHeadingLevel);
  const H = headingTag('TopicCard', headingLevel);
  requireText('TopicCard', 'topic', topic);
  requireText('TopicCard', 'href', href);
  if (!isModelTopic(topic)) {
    devWarn(
      `<TopicCard>: "${topic}" is not one of the 64 topics of the Modello Comuni (C.SI.1.5).`,
    );
  }
  return (
    <article
      ref={ref}
      className={cx('card shadow-sm rounded h-100', image ? 'card-img' : 'card-teaser', className)}
      {...rest}
    >
      {image && <CardImage {...image} />}
      <div className="card-body">
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element="topic-element">
            {topic}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
        {links && links.length > 0 && (
          <>
            <ul className="link-list list-unstyled mb-3">
              {links.map((l) => (
                <li key={l.href} className="mb-2">
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
            <a className="read-more position-static" href={href}>
              <span className="text">{exploreLabel}</span>
              <span className="visually-hidden">{`: ${topic}`}</span>
            </a>
          </>
        )}
      </div>
    </article>
  );
});
