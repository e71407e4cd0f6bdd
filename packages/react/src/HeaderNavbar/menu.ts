import { MENU, isMenuLabel, type MenuDataElement } from '@piazza/vocabularies';
import { PiazzaPropError } from '../utils/errors.js';

/** A link: visible text and URL. */
export interface NavLink {
  /** Visible text (also the accessible name). */
  label: string;
  /** URL of the page. */
  href: string;
}

/** An item of the first-level menu, with its second-level entries. */
export interface MainMenuItem extends NavLink {
  /**
   * `data-element` of the link: `management`, `news`, `all-services`, `live` for the four
   * required items (in this order), `custom-submenu` for up to three extra items.
   */
  dataElement: MenuDataElement | 'custom-submenu';
  /** Second-level entries, shown in the item's megamenu. None: no megamenu. */
  children?: readonly NavLink[];
  /** Target of the megamenu's "Vedi tutto" link. @default href */
  viewAllHref?: string;
}

export interface BuildMainMenuOptions {
  /** Path prefix of the site, ending with `/`. @default '/' */
  basePath?: string;
  /** Label of the `live` item: "Vivere il Comune" or "Vivere {nome}". @default 'Vivere il Comune' */
  liveLabel?: string;
  /** Up to three extra first-level items, marked `custom-submenu`. */
  extraItems?: readonly (NavLink & { children?: readonly NavLink[] })[];
}

/**
 * The first-level menu of the Modello Comuni from `@piazza/vocabularies` (labels, order,
 * `data-element`s, second-level entries), with URLs `{basePath}{slug}/` and
 * `{basePath}{slug}/{child slug}/`.
 */
export function buildMainMenu({
  basePath = '/',
  liveLabel,
  extraItems = [],
}: BuildMainMenuOptions = {}): MainMenuItem[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const items: MainMenuItem[] = MENU.map((entry) => {
    const href = `${base}${entry.slug}/`;
    return {
      label: entry.dataElement === 'live' && liveLabel ? liveLabel : entry.label,
      href,
      dataElement: entry.dataElement,
      children: entry.children.map((child) => ({
        label: child.label,
        href: `${href}${child.slug}/`,
      })),
    };
  });
  return [
    ...items,
    ...extraItems.map((item) => ({ ...item, dataElement: 'custom-submenu' as const })),
  ];
}

const REQUIRED = MENU.map((m) => m.dataElement);

/** Throws when `items` breaks criterion C.SI.1.6 (four items, in order, right labels; ≤ 3 extra). */
export function validateMainMenu(component: string, items: readonly MainMenuItem[]): void {
  REQUIRED.forEach((dataElement, i) => {
    const item = items[i];
    if (!item || item.dataElement !== dataElement) {
      throw new PiazzaPropError(
        component,
        `items[${i}].dataElement`,
        `must be "${dataElement}" (the first-level menu is ${REQUIRED.join(', ')}, in this order)`,
        item?.dataElement,
      );
    }
    if (!isMenuLabel(dataElement, item.label)) {
      throw new PiazzaPropError(
        component,
        `items[${i}].label`,
        `does not match the checker's label for "${dataElement}"`,
        item.label,
      );
    }
  });
  const extra = items.slice(REQUIRED.length);
  if (extra.length > 3) {
    throw new PiazzaPropError(component, 'items', 'allows at most 3 extra items', extra.length);
  }
  extra.forEach((item, i) => {
    if (item.dataElement !== 'custom-submenu') {
      throw new PiazzaPropError(
        component,
        `items[${i + REQUIRED.length}].dataElement`,
        'must be "custom-submenu" for an extra item',
        item.dataElement,
      );
    }
  });
}

/** `aria-current` for a menu link: `page` on its own page, `true` inside its section. */
export function ariaCurrentFor(href: string, currentHref?: string): 'page' | 'true' | undefined {
  if (!currentHref) return undefined;
  if (currentHref === href) return 'page';
  if (href !== '/' && href.endsWith('/') && currentHref.startsWith(href)) return 'true';
  return undefined;
}
