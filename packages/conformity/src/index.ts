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
export { checkFlowScreenHtml, checkHtml, checkRequestHtml } from './html.js';
export type { FlowScreenOptions } from './checks/flow.js';
export { driveFlow, type DriveOptions, type FlowRun } from './flows.js';
export {
  REQUEST_PAGE_CRITERION_IDS,
  SERVICE_CRITERIA,
  SERVICE_CRITERION_IDS,
} from './checks/services.js';
export { checkPage } from './page.js';
export { detectKind } from './kind.js';
export {
  crawl,
  type CrawlOptions,
  type CriterionSummary,
  type FlowSummary,
  type SiteReport,
} from './crawl.js';
export { formatReport, type FormatOptions } from './format.js';
