// The visitor's cookie choice, stored first-party (localStorage of the site's own host).

/** The visitor's choice about non-technical cookies. */
export type CookieConsent = 'accepted' | 'rejected';

/** localStorage key of the choice. */
export const COOKIE_CONSENT_KEY = 'piazza-cookie-consent';

/**
 * The stored choice, or `null` when the visitor has not chosen yet (or storage is unavailable,
 * or outside the browser). Load non-technical scripts only when it is `'accepted'`.
 */
export function readCookieConsent(key: string = COOKIE_CONSENT_KEY): CookieConsent | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const { choice } = JSON.parse(raw) as { choice?: unknown };
    return choice === 'accepted' || choice === 'rejected' ? choice : null;
  } catch {
    return null;
  }
}

/** Stores the choice with its date. Returns false when storage is unavailable. */
export function writeCookieConsent(
  choice: CookieConsent,
  key: string = COOKIE_CONSENT_KEY,
): boolean {
  try {
    globalThis.localStorage?.setItem(
      key,
      JSON.stringify({ choice, date: new Date().toISOString() }),
    );
    return true;
  } catch {
    return false;
  }
}
