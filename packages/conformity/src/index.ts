export type {
  CheckOptions,
  Finding,
  Message,
  Outcome,
  PageCheckOptions,
  PageKind,
  Report,
} from './types.js';
export { CRITERIA, CRITERION_IDS, appliesTo, type CriterionInfo } from './criteria.js';
export { checkHtml, checkRequestHtml } from './html.js';
export { SERVICE_CRITERIA, SERVICE_CRITERION_IDS } from './checks/services.js';
export { checkPage } from './page.js';
export { detectKind } from './kind.js';
export { crawl, type CrawlOptions, type CriterionSummary, type SiteReport } from './crawl.js';
export { formatReport, type FormatOptions } from './format.js';
