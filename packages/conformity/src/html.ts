import { JSDOM } from 'jsdom';
import { detectKind } from './kind.js';
import { makeReport, runMarkupChecks } from './markup.js';
import { checkRequestDocument } from './checks/services.js';
import {
  checkConfirmationDocument,
  checkStepDocument,
  type FlowScreenOptions,
} from './checks/flow.js';
import type { CheckOptions, Finding, Report } from './types.js';

let parser: DOMParser | undefined;

/**
 * Parses HTML without running its scripts or loading any resource. One jsdom window is created
 * lazily and its DOMParser reused: much cheaper than a new JSDOM per page. The checks never rely
 * on the document's URL (links are resolved against the url option).
 */
export function parseHtml(html: string): Document {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser.parseFromString(html, 'text/html');
}

/**
 * Checks one page given as an HTML string (jsdom: no layout, no scripts, no CSS files).
 * Covers every criterion that the markup decides; C.SI.1.1 (computed fonts), C.SI.3.1
 * (cookies) and the rating click toggle need {@link checkPage}.
 */
export function checkHtml(html: string, opts: CheckOptions = {}): Report {
  const doc = parseHtml(html);
  const kind = opts.kind ?? detectKind(doc, opts.url);
  const ctx = { doc, kind, browser: false, ...(opts.url ? { url: opts.url } : {}) };
  return makeReport(ctx, runMarkupChecks(ctx, opts.criteria));
}

/**
 * Piazza's additional checks (CSE.*, not in the official validator) on an online request page
 * given as HTML: the server-rendered first screen of the flow. See checks/services.ts.
 */
export function checkRequestHtml(html: string, opts: { criteria?: string[] } = {}): Finding[] {
  return checkRequestDocument(parseHtml(html), opts.criteria);
}

/**
 * Piazza's checks of a screen after the first one, given as HTML (a snapshot, or a fixture):
 * `screen: 'step'` → CSE.1.6 (a save-draft control); `screen: 'confirmation'` → CSE.1.2 (the
 * request code), CSE.1.10 (the two dates, consistent with `maxDays` and `now`), CSE.1.7 (the
 * rating after the confirmation). `piazza-check --flows` reaches these screens in Chromium.
 */
export function checkFlowScreenHtml(
  html: string,
  opts: FlowScreenOptions & { screen: 'step' | 'confirmation' },
): Finding[] {
  const doc = parseHtml(html);
  return opts.screen === 'step'
    ? checkStepDocument(doc, opts)
    : checkConfirmationDocument(doc, opts);
}
