import { JSDOM } from 'jsdom';
import { detectKind } from './kind.js';
import { makeReport, runMarkupChecks } from './markup.js';
import type { CheckOptions, Report } from './types.js';

/** Parses HTML without running its scripts or loading any resource. */
export function parseHtml(html: string, url?: string): Document {
  let base: string | undefined;
  try {
    base = url ? new URL(url).href : undefined;
  } catch {
    base = undefined;
  }
  const dom = base ? new JSDOM(html, { url: base }) : new JSDOM(html);
  return dom.window.document;
}

/**
 * Checks one page given as an HTML string (jsdom: no layout, no scripts, no CSS files).
 * Covers every criterion that the markup decides; C.SI.1.1 (computed fonts), C.SI.3.1
 * (cookies) and the rating click toggle need {@link checkPage}.
 */
export function checkHtml(html: string, opts: CheckOptions = {}): Report {
  const doc = parseHtml(html, opts.url);
  const kind = opts.kind ?? detectKind(doc, opts.url);
  const ctx = { doc, kind, browser: false, ...(opts.url ? { url: opts.url } : {}) };
  return makeReport(ctx, runMarkupChecks(ctx, opts.criteria));
}
