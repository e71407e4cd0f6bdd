import type { PageKind } from './types.js';

const has = (doc: Document, de: string): boolean =>
  doc.querySelector(`[data-element="${de}"]`) !== null;

/** Guesses the kind of page from its markup (and its URL, for the home page). */
export function detectKind(doc: Document, url?: string): PageKind {
  if (has(doc, 'service-title')) return 'service';
  if (has(doc, 'legal-notes-section') || has(doc, 'legal-notes-body')) return 'legal-notes';
  if (url) {
    try {
      const { pathname } = new URL(url);
      if (/^\/(index\.html?)?$/.test(pathname)) return 'home';
    } catch {
      // not a URL: ignore
    }
  }
  if (has(doc, 'topic-element')) return 'topics';
  if (has(doc, 'service-link')) return 'services-list';
  if (
    [
      'management-category-link',
      'news-category-link',
      'service-category-link',
      'custom-category-link',
      'live-button-locations',
      'live-button-events',
    ].some((d) => has(doc, d))
  ) {
    return 'first-level';
  }
  if (has(doc, 'event-link')) return 'events';
  return 'generic';
}
