'use client';
import { forwardRef, useState, type HTMLAttributes } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { breadcrumbsMessages, type BreadcrumbsMessages } from './Breadcrumbs.intl.js';

export interface BreadcrumbItem {
  /** Visible text of the step. */
  label: string;
  /** Link of the step; the last item (the current page) has none. */
  href?: string;
}

export interface BreadcrumbsProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The trail from the home page to the current page. The last item is the current page and is
   * rendered as text with `aria-current="page"`. On a service page the trail must hold
   * "Servizi" followed by the service's category (C.SI.1.3).
   */
  items: readonly BreadcrumbItem[];
  /**
   * On small screens, trails longer than this collapse their middle items behind a button.
   * The collapsed items stay in the list (and in the markup the checker reads).
   * @default 4
   */
  collapseAfter?: number;
  /** Overrides of the default texts. */
  messages?: Partial<BreadcrumbsMessages>;
}

/**
 * The breadcrumb trail: a `nav` landmark ("Percorso di navigazione") around
 * `ol[data-element="breadcrumb"]`, the current page marked `aria-current="page"`.
 *
 * State: `data-collapsed="true"` while a long trail is collapsed on small screens.
 */
export const Breadcrumbs = forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs(
  { items, collapseAfter = 4, messages, className, ...rest },
  ref,
) {
  const t = useMessages(breadcrumbsMessages, messages);
  const [expanded, setExpanded] = useState(false);
  if (!Array.isArray(items) || items.length === 0) {
    throw new PiazzaPropError('Breadcrumbs', 'items', 'must list at least the current page', items);
  }
  items.forEach((item, i) => {
    if (!item || typeof item.label !== 'string' || item.label.trim() === '') {
      throw new PiazzaPropError(
        'Breadcrumbs',
        `items[${i}].label`,
        'must be a non-empty string',
        item?.label,
      );
    }
  });
  const collapsible = items.length > collapseAfter && !expanded;
  const last = items.length - 1;

  return (
    <nav
      ref={ref}
      aria-label={t.label}
      className={cx('breadcrumb-container', className)}
      data-collapsed={collapsible ? 'true' : undefined}
      {...rest}
    >
      <ol className="breadcrumb p-0" data-element="breadcrumb">
        {items.map((item, i) => {
          const current = i === last;
          // Middle items (all but the first and the last two) hide on small screens when collapsed.
          const hidden = collapsible && i > 0 && i < last - 1;
          return [
            collapsible && i === 1 ? (
              <li key="expand" className="breadcrumb-item d-md-none">
                <button
                  type="button"
                  className="btn btn-link p-0 align-baseline"
                  aria-label={t.expand}
                  aria-expanded="false"
                  onClick={() => setExpanded(true)}
                >
                  …
                </button>
                <span className="separator" aria-hidden="true">
                  /
                </span>
              </li>
            ) : null,
            <li
              key={i}
              className={cx('breadcrumb-item', current && 'active', hidden && 'd-none d-md-flex')}
              aria-current={current ? 'page' : undefined}
            >
              {current || !item.href ? item.label : <a href={item.href}>{item.label}</a>}
              {!current && (
                <span className="separator" aria-hidden="true">
                  /
                </span>
              )}
            </li>,
          ];
        })}
      </ol>
    </nav>
  );
});
