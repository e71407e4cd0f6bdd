'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { skipLinksMessages, type SkipLinksMessages } from './SkipLinks.intl.js';

export interface SkipLinksProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** `id` of the main content (the `main` element). @default 'main-content' */
  mainId?: string;
  /** `id` of the footer. `null`: no "Vai al footer" link. @default 'footer' */
  footerId?: string | null;
  /** Overrides of the default texts. */
  messages?: Partial<SkipLinksMessages>;
}

/**
 * The skip links at the very top of the page, visible on keyboard focus: "Vai ai contenuti"
 * and "Vai al footer". Their targets should accept focus (`tabIndex={-1}`), as `PageFrame` does.
 */
export const SkipLinks = forwardRef<HTMLDivElement, SkipLinksProps>(function SkipLinks(
  { mainId = 'main-content', footerId = 'footer', messages, className, ...rest },
  ref,
) {
  const t = useMessages(skipLinksMessages, messages);
  return (
    <div ref={ref} className={cx('skiplinks', className)} {...rest}>
      <a className="visually-hidden-focusable" href={`#${mainId}`}>
        {t.main}
      </a>
      {footerId && (
        <a className="visually-hidden-focusable" href={`#${footerId}`}>
          {t.footer}
        </a>
      )}
    </div>
  );
});
