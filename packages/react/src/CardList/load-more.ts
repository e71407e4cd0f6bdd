// "Carica altri" without a framework: the logic CardList shares with the static site's script,
// which enhances the server markup of `<CardList enhancement="script">`. No React, no import:
// the script of a page must stay small (the theme's budget is 3 KB before the first interaction).

/** Attribute on the CardList root that a script enhances; its value is the page size. */
export const LOAD_MORE_ATTRIBUTE = 'data-load-more';

/** How many items are on screen after one more "Carica altri": `pageSize` more, up to `total`. */
export function nextShown(shown: number, pageSize: number, total: number): number {
  return Math.min(shown + pageSize, total);
}

/** Where focus goes in the first newly shown item: its first link or button, else the item. */
export function focusTarget(item: Element | null | undefined): HTMLElement | null {
  if (!item) return null;
  return item.querySelector<HTMLElement>('a[href], button') ?? (item as HTMLElement);
}

/**
 * Enhances one server-rendered `<CardList enhancement="script">`: shows the first page of items
 * and the "Carica altri" button (`load-other-cards`), which reveals the next page and moves focus
 * to its first item. Without this script every item stays visible and the button hidden.
 * Returns false when `root` is not such a list.
 */
export function enhanceLoadMore(root: HTMLElement): boolean {
  const pageSize = Number(root.getAttribute(LOAD_MORE_ATTRIBUTE));
  const list = root.querySelector('ul');
  const button = root.querySelector<HTMLButtonElement>('[data-element="load-other-cards"]');
  if (!list || !button || !(pageSize >= 1)) return false;
  const items = Array.from(list.children) as HTMLElement[];
  let shown = Math.min(pageSize, items.length);
  const update = () => {
    items.forEach((item, i) => {
      item.hidden = i >= shown;
    });
    root.dataset.shown = String(shown);
    button.hidden = shown >= items.length;
  };
  button.addEventListener('click', () => {
    const first = items[shown];
    shown = nextShown(shown, pageSize, items.length);
    update();
    focusTarget(first)?.focus();
  });
  update();
  return true;
}
