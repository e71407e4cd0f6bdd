'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { MENU } from '@piazza/vocabularies';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { useModal } from '../utils/modal.js';
import { headerNavbarMessages, type HeaderNavbarMessages } from './HeaderNavbar.intl.js';
import { HeaderNavbarRoot } from './HeaderNavbar.styles.js';
import {
  ariaCurrentFor,
  buildMainMenu,
  validateMainMenu,
  type MainMenuItem,
  type NavLink,
} from './menu.js';

/** Bootstrap Italia's `lg` breakpoint: from here the menu is inline, below it is off-canvas. */
const DESKTOP = '(min-width: 992px)';

/**
 * From 992 px the first-level menu and the secondary menu share one row of the bar, each label
 * on one line (960 px wide at `lg`, 1176 at `xl`, 1320 at `xxl`). What of the secondary menu is
 * inline depends on how many extra first-level items there are:
 * - none (the model's four): "Tutti gli argomenti" from `lg`, the highlighted topics from `xl`;
 * - one: "Tutti gli argomenti" from `xl`;
 * - two or three: "Tutti gli argomenti" from `xxl`.
 * With extra items the topics are only in the off-canvas menu, where the whole secondary menu
 * always is (below 992 px). Bootstrap Italia display utilities; nothing hidden is clipped.
 */
function secondaryDisplay(extraItems: number): { list?: string; topic: string } {
  if (extraItems === 0) return { topic: 'd-lg-none d-xl-flex' };
  if (extraItems === 1) return { list: 'd-lg-none d-xl-flex', topic: 'd-lg-none' };
  return { list: 'd-lg-none d-xxl-flex', topic: 'd-lg-none' };
}

export interface HeaderNavbarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The first-level menu. Must start with the four items of criterion C.SI.1.6 in order
   * (`management`, `news`, `all-services`, `live`), then at most three `custom-submenu` items.
   * @default buildMainMenu({ basePath, liveLabel }) — from `@piazza/vocabularies`
   */
  items?: readonly MainMenuItem[];
  /** Path prefix of the default menu's URLs. Ignored when `items` is given. @default '/' */
  basePath?: string;
  /**
   * Label of the `live` item of the default menu: "Vivere {nome del Comune}" is allowed.
   * Ignored when `items` is given.
   * @default 'Vivere il Comune'
   */
  liveLabel?: string;
  /**
   * URL of the current page: the menu link to it gets `aria-current="page"`, the link of the
   * section holding it `aria-current="true"`.
   */
  currentHref?: string;
  /** Highlighted topics, listed in the secondary menu before "Tutti gli argomenti". @default [] */
  topics?: readonly NavLink[];
  /** URL of the topics page, linked by "Tutti gli argomenti" (`all-topics`). @default '/argomenti/' */
  allTopicsHref?: string;
  /** Overrides of the default texts. */
  messages?: Partial<HeaderNavbarMessages>;
}

/**
 * The header's navigation bar: the first-level menu in `ul[data-element="main-navigation"]`,
 * a megamenu (APG disclosure navigation) under each item with second-level entries, and a
 * secondary list with highlighted topics and "Tutti gli argomenti".
 *
 * One list of first-level items for every viewport: from 992 px it is inline; below, the same
 * list lives in a container that the toggler opens as a modal dialog (focus trapped, Escape
 * closes, focus returns to the toggler, the rest of the page inert).
 *
 * State: `data-menu-open="true"` on the root while the dialog is open; `data-open="true"` on
 * the `li` of an open megamenu.
 */
export const HeaderNavbar = forwardRef<HTMLDivElement, HeaderNavbarProps>(function HeaderNavbar(
  {
    items: itemsProp,
    basePath,
    liveLabel,
    currentHref,
    topics = [],
    allTopicsHref = '/argomenti/',
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(headerNavbarMessages, messages);
  const items = useMemo(
    () => itemsProp ?? buildMainMenu({ basePath, liveLabel }),
    [itemsProp, basePath, liveLabel],
  );
  validateMainMenu('HeaderNavbar', items);
  const secondary = secondaryDisplay(items.length - MENU.length);
  items.forEach((item, i) => {
    if (typeof item.href !== 'string' || item.href === '') {
      throw new PiazzaPropError('HeaderNavbar', `items[${i}].href`, 'must be a URL', item.href);
    }
  });

  const id = useId();
  const collapsableId = `${id}-menu`;
  const [menuOpen, setMenuOpen] = useState(false);
  const [expanded, setExpanded] = useState<number | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const togglerRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const toggleRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const closeMenu = () => setMenuOpen(false);
  const modal = useModal(menuOpen, {
    dialogRef,
    onClose: closeMenu,
    returnFocusRef: togglerRef,
  });

  // The dialog exists only below the desktop breakpoint: widening the window closes it.
  useEffect(() => {
    if (!menuOpen || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DESKTOP);
    const onChange = () => {
      if (query.matches) setMenuOpen(false);
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [menuOpen]);

  // A click outside the first-level list closes the open megamenu.
  useEffect(() => {
    if (expanded === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!listRef.current?.contains(event.target as Node)) setExpanded(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [expanded]);

  // A click on the dark overlay beside the off-canvas menu closes it.
  const onDialogPointerDown = (event: { target: EventTarget }) => {
    if ((event.target as HTMLElement).classList?.contains('overlay')) closeMenu();
  };

  const onItemKeyDown = (i: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Escape' && expanded === i) {
      // Closes the megamenu only (not the dialog around it) and returns focus to its button.
      event.stopPropagation();
      event.preventDefault();
      setExpanded(null);
      toggleRefs.current[i]?.focus();
    }
  };

  // Focus leaving an open item (its button and its panel) closes its megamenu, also when it
  // moves to a sibling first-level item (APG disclosure navigation).
  const onItemBlur = (i: number) => (event: FocusEvent<HTMLLIElement>) => {
    const next = event.relatedTarget as Node | null;
    if (expanded === i && next && !event.currentTarget.contains(next)) setExpanded(null);
  };

  return (
    <HeaderNavbarRoot
      ref={ref}
      className={cx('it-header-navbar-wrapper', className)}
      data-menu-open={menuOpen ? 'true' : undefined}
      {...rest}
    >
      <div className="container">
        <div className="row">
          <div className="col-12">
            <nav className="navbar navbar-expand-lg has-megamenu" aria-label={t.label}>
              <button
                ref={togglerRef}
                type="button"
                className="custom-navbar-toggler"
                aria-controls={collapsableId}
                aria-expanded={menuOpen}
                aria-label={t.open}
                onClick={() => setMenuOpen(true)}
              >
                <Icon name="burger" />
              </button>
              {/* The same container is inline on desktop and a modal dialog while open below 992 px. */}
              {/* The dialog's keyboard handler (Tab trap, Escape) is delegated from its controls. */}
              {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
              <div
                ref={dialogRef}
                id={collapsableId}
                className={cx('navbar-collapsable', menuOpen && 'expanded')}
                role={menuOpen ? 'dialog' : undefined}
                aria-modal={menuOpen ? true : undefined}
                aria-label={menuOpen ? t.dialog : undefined}
                style={menuOpen ? { display: 'block' } : undefined}
                onKeyDown={modal.onKeyDown}
                onPointerDown={onDialogPointerDown}
              >
                <div
                  className={cx('overlay', menuOpen && 'fade show')}
                  style={menuOpen ? { display: 'block' } : undefined}
                />
                <div className="close-div">
                  <button type="button" className="btn close-menu" onClick={closeMenu}>
                    <span className="visually-hidden">{t.close}</span>
                    <Icon name="close-big" />
                  </button>
                </div>
                <div className="menu-wrapper">
                  {/* From 992 px: no side padding (the links have theirs); a row too short for */}
                  {/* unusually long labels wraps the list instead of pushing links out of the bar. */}
                  <ul
                    ref={listRef}
                    className="navbar-nav px-lg-0 flex-lg-wrap"
                    data-element="main-navigation"
                  >
                    {items.map((item, i) => {
                      const open = expanded === i;
                      const panelId = `${id}-sub-${i}`;
                      const children = item.children ?? [];
                      const grid = children.length > 7;
                      const current = ariaCurrentFor(item.href, currentHref);
                      return (
                        // Escape from the disclosure button or any link of its panel closes the panel;
                        // so does focus leaving the item.
                        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
                        <li
                          key={`${item.dataElement}-${item.href}`}
                          className={cx(
                            'nav-item',
                            children.length > 0 &&
                              'dropdown megamenu d-flex flex-wrap flex-lg-nowrap align-items-center',
                          )}
                          data-open={open ? 'true' : undefined}
                          onKeyDown={onItemKeyDown(i)}
                          onBlur={onItemBlur(i)}
                        >
                          <a
                            className={cx(
                              'nav-link',
                              children.length > 0
                                ? 'ps-lg-3 pe-1 flex-grow-1 flex-lg-grow-0 text-nowrap'
                                : 'px-lg-3',
                              current && 'active',
                            )}
                            href={item.href}
                            data-element={item.dataElement}
                            aria-current={current}
                          >
                            <span>{item.label}</span>
                          </a>
                          {children.length > 0 && (
                            <>
                              <button
                                ref={(el) => {
                                  toggleRefs.current[i] = el;
                                }}
                                type="button"
                                className="nav-link dropdown-toggle ps-2 pe-3 ps-lg-1 pe-lg-2"
                                aria-expanded={open}
                                aria-controls={panelId}
                                aria-label={t.submenu(item.label)}
                                onClick={() => setExpanded(open ? null : i)}
                              >
                                <Icon name="expand" />
                              </button>
                              <div
                                id={panelId}
                                className={cx('dropdown-menu w-100', open && 'show')}
                                hidden={!open}
                              >
                                <div className="megamenu px-3 pb-3 pt-2">
                                  <div className="link-list-wrapper">
                                    {/* Long lists (Servizi) flow in three columns from 992 px. */}
                                    <ul className={cx('link-list', grid && 'row')}>
                                      {children.map((child) => (
                                        <li
                                          key={child.href}
                                          className={grid ? 'col-12 col-lg-4' : undefined}
                                        >
                                          <a
                                            className="list-item dropdown-item"
                                            href={child.href}
                                            aria-current={
                                              currentHref === child.href ? 'page' : undefined
                                            }
                                          >
                                            <span>{child.label}</span>
                                          </a>
                                        </li>
                                      ))}
                                      <li className={grid ? 'col-12' : undefined}>
                                        <a
                                          className="list-item dropdown-item fw-semibold"
                                          href={item.viewAllHref ?? item.href}
                                        >
                                          <span>
                                            {t.viewAll}{' '}
                                            <span className="visually-hidden">{item.label}</span>
                                          </span>
                                          <Icon name="arrow-right" className="ms-1" />
                                        </a>
                                      </li>
                                    </ul>
                                  </div>
                                </div>
                              </div>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  <ul
                    className={cx('navbar-nav navbar-secondary px-lg-0', secondary.list)}
                    aria-label={t.topics}
                  >
                    {topics.map((topic) => (
                      <li key={topic.href} className={cx('nav-item', secondary.topic)}>
                        <a
                          className="nav-link px-lg-2"
                          href={topic.href}
                          aria-current={ariaCurrentFor(topic.href, currentHref)}
                        >
                          <span>{topic.label}</span>
                        </a>
                      </li>
                    ))}
                    <li className="nav-item">
                      <a
                        className="nav-link px-lg-2"
                        href={allTopicsHref}
                        data-element="all-topics"
                        aria-current={ariaCurrentFor(allTopicsHref, currentHref)}
                      >
                        <span className="fw-bold">{t.allTopics}</span>
                      </a>
                    </li>
                  </ul>
                </div>
              </div>
            </nav>
          </div>
        </div>
      </div>
    </HeaderNavbarRoot>
  );
});
