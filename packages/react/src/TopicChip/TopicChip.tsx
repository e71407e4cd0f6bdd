'use client';
import { forwardRef, type HTMLAttributes, type Ref } from 'react';
import { isModelTopic, type Argomento } from '@piazza/vocabularies';
import { cx } from '../utils/cx.js';
import { devWarn } from '../utils/errors.js';
import { requireText } from '../utils/heading.js';

export interface TopicChipProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** One of the 64 topics of the Modello Comuni; a development warning flags any other. */
  topic: Argomento;
  /** Topic page; without it the chip is text. */
  href?: string;
  /**
   * `data-element` of the chip: `service-topic` in the heading of a service page (C.SI.1.3),
   * `topic-element` on the topics page (C.SI.1.5).
   */
  dataElement?: 'service-topic' | 'topic-element';
}

/** A topic as a Bootstrap Italia chip, linking to the topic page. */
export const TopicChip = forwardRef<HTMLElement, TopicChipProps>(function TopicChip(
  { topic, href, dataElement, className, ...rest },
  ref,
) {
  requireText('TopicChip', 'topic', topic);
  if (!isModelTopic(topic)) {
    devWarn(
      `<TopicChip>: "${topic}" is not one of the 64 topics of the Modello Comuni (C.SI.1.5).`,
    );
  }
  const classes = cx('chip chip-simple', className);
  const label = <span className="chip-label">{topic}</span>;
  return href ? (
    <a
      ref={ref as Ref<HTMLAnchorElement>}
      href={href}
      className={classes}
      data-element={dataElement}
      {...rest}
    >
      {label}
    </a>
  ) : (
    <span ref={ref} className={classes} data-element={dataElement} {...rest}>
      {label}
    </span>
  );
});
