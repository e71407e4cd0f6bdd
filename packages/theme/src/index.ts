/** @piazza/theme — the CMS theme: content model, page templates, static build, serve. */
export const THEME_NAME = '@piazza/theme';
export { THEME_VERSION, DEMO_CONTENT_DIR } from './paths.js';
export * from './content/index.js';
export { buildSite, loadContent, CSS_BANNER } from './generator/build.js';
export type { BuildOptions, BuildResult, PageReport } from './generator/build.js';
export { compileBootstrapItalia, bootstrapItaliaVersion, ColourError } from './generator/css.js';
export {
  contrastRatio as wcagContrastRatio,
  parseHex,
  primaryColourProblem,
  toHsb,
  MIN_CONTRAST,
} from './generator/color.js';
export { Purger, htmlClasses } from './generator/purge.js';
export { exportPartials, PLACEHOLDERS } from './generator/partials.js';
export { sitePages, SiteIndex, url as siteUrls } from './templates/index.js';
export type { PageDef, PageKind } from './templates/index.js';
export {
  serveSite,
  SECURITY_HEADERS,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from './serve.js';
export type { ServeOptions, ServedSite } from './serve.js';
export { contentSecurityPolicy, metaContentSecurityPolicy, securityHeaders } from './security.js';
export { backOfficeEndpoints, type BackOfficeEndpoints } from './back-office.js';
export { IncrementalSite, diffContent } from './generator/incremental.js';
export type {
  RebuildReport,
  IncrementalOptions,
  ContentDiff,
  ItemChange,
} from './generator/incremental.js';
export {
  REBUILD_PATH,
  RebuildQueue,
  signRebuild,
  parsePublishEvent,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from './rebuild-hook.js';
export type { RebuildHookOptions, PublishEvent } from './rebuild-hook.js';
