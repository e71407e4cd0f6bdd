'use client';
import { forwardRef, useEffect, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { servicePageMessages, type ServicePageMessages } from './ServicePage.intl.js';

export interface PageIndexItem {
  /** `id` of the section. */
  id: string;
  /** Text of the link: on a service page the checker compares it exactly (C.SI.1.3). */
  label: string;
}

export interface PageIndexProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The sections, in page order. */
  items: readonly PageIndexItem[];
  /**
   * `false`: the static form, for pages served without JavaScript (the static site's detail
   * pages): the Bootstrap Italia navscroll list, always shown, with a visible `h2`, no
   * disclosure button and no section marked current until the page runs.
   * @default true
   */
  collapsible?: boolean;
  messages?: Partial<ServicePageMessages>;
}

/**
 * "Indice della pagina": a navigation landmark around `ul[data-element="page-index"] > li > a`.
 * The section being read is marked (`aria-current="true"`, `data-current` on the nav) while
 * scrolling; on small screens the list collapses behind a disclosure button.
 *
 * State: `data-current` (id of the current section), `data-open` (list shown on small screens).
 */
export const PageIndex = forwardRef<HTMLElement, PageIndexProps>(function PageIndex(
  { items, collapsible = true, messages, className, ...rest },
  ref,
) {
  const t = useMessages(servicePageMessages, messages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState<string | undefined>(
    collapsible ? items[0]?.id : undefined,
  );
  if (!Array.isArray(items) || items.length === 0) {
    throw new PiazzaPropError('PageIndex', 'items', 'must list at least one section', items);
  }
  const ids = items.map((i) => i.id).join(' ');

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const sections = ids
      .split(' ')
      .map((s) => document.getElementById(s))
      .filter((el): el is HTMLElement => el !== null);
    const seen = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) seen.set(e.target.id, e.isIntersecting);
        const first = sections.find((s) => seen.get(s.id));
        if (first) setCurrent(first.id);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    sections.forEach((s) => observer.observe(s));
    return () => observer.disconnect();
  }, [ids]);

  const link = (item: PageIndexItem, label: ReactNode) => (
    <a
      className={cx('nav-link', item.id === current && 'active')}
      href={`#${item.id}`}
      aria-current={item.id === current ? 'true' : undefined}
      onClick={() => {
        setCurrent(item.id);
        setOpen(false);
      }}
    >
      {label}
    </a>
  );

  if (!collapsible) {
    return (
      <nav
        ref={ref}
        aria-label={t.pageIndex}
        className={cx('navbar it-navscroll-wrapper navbar-expand-lg', className)}
        data-current={current}
        {...rest}
      >
        <div className="menu-wrapper w-100">
          <div className="link-list-wrapper">
            <h2 className="h5 mb-3">{t.pageIndex}</h2>
            <ul className="link-list" data-element="page-index">
              {items.map((item) => (
                <li className="nav-item" key={item.id}>
                  {link(item, <span className="title-medium">{item.label}</span>)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </nav>
    );
  }

  return (
    <nav
      ref={ref}
      aria-label={t.pageIndex}
      className={cx('link-list-wrapper menu-link-list', className)}
      data-current={current}
      data-open={open || undefined}
      {...rest}
    >
      <p className="h6 text-uppercase d-none d-lg-block" aria-hidden="true">
        {t.pageIndex}
      </p>
      <button
        type="button"
        className="btn btn-outline-primary w-100 d-flex justify-content-between align-items-center d-lg-none"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen(!open)}
      >
        {t.pageIndex}
        <Icon name={open ? 'collapse' : 'expand'} size="sm" color="primary" />
      </button>
      <ul
        id={`${id}-list`}
        className={cx('link-list mt-2', !open && 'd-none d-lg-block')}
        data-element="page-index"
      >
        {items.map((item) => (
          <li key={item.id}>{link(item, item.label)}</li>
        ))}
      </ul>
    </nav>
  );
});
