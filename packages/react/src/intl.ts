// Public exports of this area (see src/index.ts): the provider of locale and settings. Its own
// entry point (`@piazza/react/intl`) lets a page that hydrates one island load only this. The
// error class of every component's props lives here too (the base every area depends on).
export { PiazzaProvider, usePiazza } from './intl/PiazzaProvider.js';
export type { PiazzaProviderProps } from './intl/PiazzaProvider.js';
export { DEFAULT_SETTINGS, type Locale, type PiazzaSettings } from './intl/settings.js';
export { PiazzaPropError } from './utils/errors.js';
