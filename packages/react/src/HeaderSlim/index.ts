export { HeaderSlim, type HeaderSlimProps, type HeaderUser } from './HeaderSlim.js';
export { headerSlimMessages, type HeaderSlimMessages } from './HeaderSlim.intl.js';
export { DEFAULT_LANGUAGES, type SiteLanguage } from './languages.js';
