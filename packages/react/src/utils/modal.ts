'use client';
// Modal dialog behaviour shared by the navigation components (off-canvas menu, search dialog):
// WAI-ARIA APG dialog (modal) pattern, implemented in React (no Bootstrap Italia JavaScript).
import { useEffect, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements of `root` that Tab can reach, in document order (hidden and inert ones skipped). */
export function tabbableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) =>
      !el.closest('[hidden],[inert]') &&
      // Real browsers: skip what CSS hides (e.g. `d-none d-lg-block`). jsdom has no layout.
      (typeof el.checkVisibility !== 'function' ||
        el.checkVisibility({ visibilityProperty: true })),
  );
}

/**
 * Makes every element outside `node` inert (the siblings of `node` and of each of its
 * ancestors up to `body`). Returns the function that restores them.
 */
export function inertOutside(node: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  let current: HTMLElement | null = node;
  while (current && current !== document.body && current.parentElement) {
    for (const sibling of Array.from(current.parentElement.children)) {
      if (sibling === current || !(sibling instanceof HTMLElement)) continue;
      if (sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT') continue;
      sibling.setAttribute('inert', '');
      changed.push(sibling);
    }
    current = current.parentElement;
  }
  return () => changed.forEach((el) => el.removeAttribute('inert'));
}

export interface ModalOptions {
  /** The dialog element. */
  dialogRef: RefObject<HTMLElement | null>;
  /** Called on Escape. */
  onClose: () => void;
  /** Receives focus on open; the first tabbable element of the dialog otherwise. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Receives focus on close; the element focused before opening otherwise. */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * While `open`: focus moves into the dialog and Tab cycles inside it, Escape calls `onClose`,
 * the rest of the page is `inert`. On close focus returns where it came from.
 * Returns the `onKeyDown` handler to put on the dialog element (a React handler, so that a
 * nested widget handling Escape itself can stop it with `event.stopPropagation()`).
 * Runs only in effects and handlers, so it is safe on the server.
 */
export function useModal(
  open: boolean,
  { dialogRef, onClose, initialFocusRef, returnFocusRef }: ModalOptions,
): { onKeyDown: (event: ReactKeyboardEvent<HTMLElement>) => void } {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const returnTarget = returnFocusRef?.current ?? (document.activeElement as HTMLElement | null);
    const restore = inertOutside(dialog);
    (initialFocusRef?.current ?? tabbableIn(dialog)[0] ?? dialog).focus();
    return () => {
      restore();
      if (returnTarget && returnTarget.isConnected) returnTarget.focus();
    };
  }, [open, dialogRef, initialFocusRef, returnFocusRef]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = tabbableIn(dialog);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };
  return { onKeyDown };
}
