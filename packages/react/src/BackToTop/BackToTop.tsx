'use client';
import { forwardRef, useEffect, useState, type HTMLAttributes, type MouseEvent } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { backToTopMessages, type BackToTopMessages } from './BackToTop.intl.js';

export interface BackToTopProps extends Omit<HTMLAttributes<HTMLAnchorElement>, 'children'> {
  /** `id` of the element at the top of the page that receives focus. @default 'top' */
  targetId?: string;
  /** Scroll distance (px) from which the link shows. @default 400 */
  threshold?: number;
  /** Overrides of the default texts. */
  messages?: Partial<BackToTopMessages>;
}

/**
 * A "Torna su" link fixed in the corner, shown once the page has scrolled past `threshold`.
 * It scrolls to the top (smoothly unless the user prefers reduced motion) and moves focus to
 * `#targetId`; without JavaScript it is a plain link to it.
 *
 * State: `data-visible="true"` while shown.
 */
export const BackToTop = forwardRef<HTMLAnchorElement, BackToTopProps>(function BackToTop(
  { targetId = 'top', threshold = 400, messages, className, onClick, ...rest },
  ref,
) {
  const t = useMessages(backToTopMessages, messages);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const update = () => setVisible(window.scrollY > threshold);
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, [threshold]);

  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
    const target = document.getElementById(targetId);
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  };

  return (
    <a
      ref={ref}
      href={`#${targetId}`}
      className={cx('back-to-top shadow', visible && 'back-to-top-show', className)}
      data-visible={visible ? 'true' : undefined}
      aria-label={t.label}
      onClick={handleClick}
      {...rest}
    >
      <Icon name="arrow-up" color="white" />
    </a>
  );
});
