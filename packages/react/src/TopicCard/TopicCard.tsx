'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { isModelTopic, type Argomento } from '@piazza/vocabularies';
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
  /** @default 3 */
  headingLevel?: HeadingLevel;
}

/** A topic (argomento) card: its title link carries `data-element="topic-element"` (C.SI.1.5). */
export const TopicCard = forwardRef<HTMLElement, TopicCardProps>(function TopicCard(
  { topic, href, description, headingLevel: ownHeadingLevel, className, ...rest },
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
      className={cx('card card-teaser shadow-sm rounded h-100', className)}
      {...rest}
    >
      <div className="card-body">
        <H className="card-title h5">
          <a className="text-decoration-none" href={href} data-element="topic-element">
            {topic}
          </a>
        </H>
        {description && <p className="card-text">{description}</p>}
      </div>
    </article>
  );
});
