'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { Argomento } from '@piazza/vocabularies';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { TopicChip, type TopicChipProps } from './TopicChip.js';

export interface TopicChipListProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /** The topics, in the order shown. An empty list renders nothing. */
  topics: readonly Argomento[];
  /** The page of a topic; without it the chips are text. */
  topicHref?: (topic: Argomento) => string;
  /** `data-element` of every chip (see `TopicChip`). */
  dataElement?: TopicChipProps['dataElement'];
}

/** The topics of a page as a list of chips (`TopicChip`), linking to the topic pages. */
export const TopicChipList = forwardRef<HTMLUListElement, TopicChipListProps>(
  function TopicChipList({ topics, topicHref, dataElement, className, ...rest }, ref) {
    if (!Array.isArray(topics)) {
      throw new PiazzaPropError('TopicChipList', 'topics', 'must be an array', topics);
    }
    if (topics.length === 0) return null;
    return (
      <ul
        ref={ref}
        className={cx('d-flex flex-wrap gap-2 list-unstyled mb-0', className)}
        {...rest}
      >
        {topics.map((topic) => (
          <li key={topic}>
            <TopicChip
              topic={topic}
              {...(topicHref ? { href: topicHref(topic) } : {})}
              {...(dataElement ? { dataElement } : {})}
            />
          </li>
        ))}
      </ul>
    );
  },
);
