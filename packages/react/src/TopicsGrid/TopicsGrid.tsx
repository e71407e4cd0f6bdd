'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { ARGOMENTI, type Argomento } from '@piazza/vocabularies';
import { TopicCard } from '../TopicCard/TopicCard.js';
import { cx } from '../utils/cx.js';
import type { HeadingLevel } from '../utils/heading.js';

export interface TopicsGridItem {
  topic: Argomento;
  href: string;
  description?: string;
}

export interface TopicsGridProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /**
   * The topics to show. Default: the 64 topics of the model, in the model's order, each linking
   * to `topicHref(slug)`.
   */
  topics?: readonly TopicsGridItem[];
  /**
   * URL of a topic page from its slug, for the default list.
   * @default (slug) => `/argomenti/${slug}/`
   */
  topicHref?: (slug: string) => string;
  /** @default 2 */
  headingLevel?: HeadingLevel;
}

/**
 * The "Tutti gli argomenti" grid: one card per topic, each carrying `topic-element` (C.SI.1.5).
 * Without `topics` it lists the 64 topics of the model.
 */
export const TopicsGrid = forwardRef<HTMLUListElement, TopicsGridProps>(function TopicsGrid(
  { topics, topicHref = (slug) => `/argomenti/${slug}/`, headingLevel = 2, className, ...rest },
  ref,
) {
  const items: readonly TopicsGridItem[] =
    topics ?? ARGOMENTI.map((a) => ({ topic: a.label as Argomento, href: topicHref(a.slug) }));
  return (
    <ul ref={ref} className={cx('row g-4 list-unstyled', className)} {...rest}>
      {items.map((item) => (
        <li key={item.topic} className="col-12 col-md-6 col-lg-4">
          <TopicCard
            topic={item.topic}
            href={item.href}
            description={item.description}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
});
