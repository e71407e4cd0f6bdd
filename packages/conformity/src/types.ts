/** Outcome of one criterion on one page (or on the whole site). */
export type Outcome = 'pass' | 'tolerance' | 'fail';

export interface Message {
  it: string;
  en: string;
}

export interface Finding {
  /** Criterion id, e.g. "C.SI.1.6". */
  criterion: string;
  outcome: Outcome;
  message: Message;
  /** Short snippets (outerHTML or selector) of the offending elements. */
  elements?: string[];
}

export type PageKind =
  | 'home'
  | 'first-level'
  | 'second-level'
  | 'service'
  | 'services-list'
  | 'topics'
  | 'legal-notes'
  | 'events'
  | 'generic';

export interface Report {
  url?: string;
  kind: PageKind;
  findings: Finding[];
  /** True when no finding is a "fail". */
  passed: boolean;
}

export interface CheckOptions {
  /** Address of the page: used to resolve links and to tell internal from external ones. */
  url?: string;
  /** Kind of page; detected from the markup (and the URL) when omitted. */
  kind?: PageKind;
  /** Only these criteria (ids such as "C.SI.1.6"); all the applicable ones when omitted. */
  criteria?: string[];
}

export type PageCheckOptions = Omit<CheckOptions, 'url'>;
