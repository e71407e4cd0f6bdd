export {
  HeaderSlim,
  DEFAULT_LANGUAGES,
  type HeaderSlimProps,
  type SiteLanguage,
  type HeaderUser,
} from './HeaderSlim.js';
export { headerSlimMessages, type HeaderSlimMessages } from './HeaderSlim.intl.js';
