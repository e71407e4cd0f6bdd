import type { PageKind } from '../types.js';

/** What a check needs to know about the page it is looking at. */
export interface CheckContext {
  doc: Document;
  url?: string;
  kind: PageKind;
  /** True when the document is a snapshot of a page rendered by a real browser. */
  browser: boolean;
  /** Bootstrap Italia version read by the browser (window global or computed custom property). */
  biVersion?: string | null;
}
