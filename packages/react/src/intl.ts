// Public exports of this area (see src/index.ts): the provider of locale and settings. Its own
// entry point (`@piazza/react/intl`) lets a page that hydrates one island load only this.
export { PiazzaProvider, usePiazza, DEFAULT_SETTINGS } from './intl/PiazzaProvider.js';
export type { Locale, PiazzaSettings, PiazzaProviderProps } from './intl/PiazzaProvider.js';
