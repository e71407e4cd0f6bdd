import type { ReactElement } from 'react';
import type { BreadcrumbItem } from '@piazza/react';

/** Kind of page, as the conformity criteria see it. */
export type PageKind = 'home' | 'first-level' | 'second-level' | 'service' | 'detail' | 'other';

/** One page of the site, ready to render. */
export interface PageDef {
  /** Site path, `/` or ending in `/` (served as `path/index.html`), or a file like `/404.html`. */
  path: string;
  /** Page title (h1 and first part of `<title>`). */
  title: string;
  /** Meta description. */
  description: string;
  kind: PageKind;
  /** First-level data-element of the section, for the current menu item. */
  section?: string | undefined;
  breadcrumbs: BreadcrumbItem[];
  /** Rating widget at the bottom (home, first and second level pages, service pages). */
  rating: boolean;
  ogType?: 'website' | 'article';
  /** Open Graph image (site URL). */
  image?: string | undefined;
  /** JSON-LD (`data-element="metatag"`) of a service page. */
  jsonLd?: object;
  /** Label of the page type in the search results; not indexed when absent. */
  searchKind?: string;
  /** Text for the search index besides title and description. */
  searchText?: string;
  /** Excluded from sitemap.xml and the search index (404). */
  noindex?: boolean;
  /** The main content (inside <main>, after the breadcrumbs). */
  body: () => ReactElement;
}

/** Breadcrumb trail from the home page. */
export function crumbs(...items: [string, string?][]): BreadcrumbItem[] {
  return [
    { label: 'Home', href: '/' },
    ...items.map(([label, href]) => (href ? { label, href } : { label })),
  ];
}
