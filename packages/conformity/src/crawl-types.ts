import type { Finding, Message, Outcome, Report } from './types.js';

export interface CrawlOptions {
  /** Visit at most this many pages (an evenly spread, deterministic sample of the leaf pages). */
  maxPages?: number;
  /** Chromium executable; default $CHROMIUM_PATH or /usr/bin/chromium. */
  chromiumPath?: string;
  /** Pages checked in parallel (default 4). */
  concurrency?: number;
  /** Only these criteria. */
  criteria?: string[];
  /** Navigation timeout per page in ms (default 30000). */
  timeoutMs?: number;
  /** Called after each page is checked. */
  onPage?: (report: Report) => void;
  /**
   * Also drive every online request page in Chromium, from the sign-in to the confirmation
   * (`piazza-check --flows`): CSE.1.2, 1.6, 1.7 after the confirmation, 1.8 at every step, 1.10.
   */
  flows?: boolean;
}

export interface CriterionSummary {
  criterion: string;
  title: Message;
  /** "not-run" when no page of the crawl was of a kind the criterion applies to. */
  outcome: Outcome | 'not-run';
  pages: Record<Outcome, number>;
  /** Site-level findings and every non-passing page finding, with its page. */
  findings: (Finding & { url?: string })[];
}

/** A request page driven by `flows`: the steps reached, in order ("conferma" at the end). */
export interface FlowSummary {
  url: string;
  steps: string[];
}

export interface SiteReport {
  startUrl: string;
  pages: Report[];
  /** Findings about the whole site (number of services, second-level titles, link targets…). */
  site: Finding[];
  criteria: CriterionSummary[];
  /**
   * "Controlli aggiuntivi Piazza": the service criteria (CSE.*) checked on the online request
   * pages that the visited service cards link to ([data-element="service-online-access"]). The
   * official validator checks none of them: they never change `passed`.
   */
  services: CriterionSummary[];
  /**
   * The request pages checked for `services`, and the "Accedi al servizio" links that lead to
   * another site (the comune's own platform, a national portal): those are not checked.
   */
  requests: { checked: string[]; elsewhere: string[]; driven: FlowSummary[] };
  /** Pages that could not be loaded. */
  errors: { url: string; error: string }[];
  /** True when no C.SI/R.SI criterion fails and every page loaded (`services` not counted). */
  passed: boolean;
  durationMs: number;
}
