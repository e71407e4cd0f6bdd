export { CookieBar, type CookieBarProps } from './CookieBar.js';
export { cookieBarMessages, type CookieBarMessages } from './CookieBar.intl.js';
export {
  readCookieConsent,
  writeCookieConsent,
  COOKIE_CONSENT_KEY,
  type CookieConsent,
} from './consent.js';
