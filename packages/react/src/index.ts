// The public API of @piazza/react. Curated: add an export only with a semver decision
// (the exports test in src/index.test.ts lists them).
export { PiazzaProvider, usePiazza, DEFAULT_SETTINGS } from './intl/PiazzaProvider.js';
export type { Locale, PiazzaSettings, PiazzaProviderProps } from './intl/PiazzaProvider.js';
export { PiazzaPropError } from './utils/errors.js';
export * from './Icon/index.js';
export * from './Breadcrumbs/index.js';
export * from './navigation.js';
export * from './content.js';
export * from './forms.js';
