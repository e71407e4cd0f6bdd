'use client';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { Icon } from '../Icon/Icon.js';
import { cx } from '../utils/cx.js';

export interface MenuButtonItem {
  label: ReactNode;
  href: string;
  /** Marks the current choice (`aria-current="true"`). */
  current?: boolean;
  lang?: string;
  hrefLang?: string;
}

interface MenuButtonProps {
  /** Content of the button (its accessible name). */
  children: ReactNode;
  items: readonly MenuButtonItem[];
  className?: string;
  buttonClassName?: string;
  /** Accessible name of the button, when its content is not enough. */
  buttonLabel?: string;
  /** Aligns the menu to the button's right edge. */
  end?: boolean;
}

/**
 * A WAI-ARIA APG menu button whose items are links: Enter, Space and ArrowDown open the menu
 * on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes and returns
 * focus to the button; Tab closes and moves on; a click outside closes.
 */
export function MenuButton({
  children,
  items,
  className,
  buttonClassName,
  buttonLabel,
  end = false,
}: MenuButtonProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<Array<HTMLAnchorElement | null>>([]);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const show = (index: number) => {
    setFocusIndex((index + items.length) % items.length);
    setOpen(true);
  };
  const close = (ref: RefObject<HTMLButtonElement | null> | null) => {
    setOpen(false);
    ref?.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      show(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      show(items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: focusIndex - 1,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      show(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(buttonRef);
    } else if (event.key === 'Tab') {
      close(null);
    }
  };

  return (
    <div ref={rootRef} className={cx('nav-item dropdown', className)}>
      <button
        ref={buttonRef}
        type="button"
        className={cx('dropdown-toggle', buttonClassName)}
        aria-label={buttonLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
        <Icon name="expand" className="d-none d-lg-block" />
      </button>
      <div
        className={cx('dropdown-menu', end && 'dropdown-menu-end', open && 'show')}
        data-bs-popper="static"
        hidden={!open}
      >
        <div className="link-list-wrapper">
          {/* APG menu: the list is the menu, its links the menu items. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role */}
          <ul id={`${id}-menu`} className="link-list" role="menu" onKeyDown={onMenuKeyDown}>
            {items.map((item, i) => (
              <li key={item.href} role="none">
                <a
                  ref={(el) => {
                    itemRefs.current[i] = el;
                  }}
                  className={cx('dropdown-item list-item', item.current && 'active')}
                  href={item.href}
                  role="menuitem"
                  tabIndex={-1}
                  lang={item.lang}
                  hrefLang={item.hrefLang}
                  aria-current={item.current ? 'true' : undefined}
                >
                  <span>{item.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
