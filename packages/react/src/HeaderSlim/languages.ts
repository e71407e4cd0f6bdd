// The languages of the language switch, without React (server components read them).

/** A language the site is available in. */
export interface SiteLanguage {
  /** BCP 47 code, e.g. `it`, `en`. */
  code: string;
  /** Short visible label, e.g. `ITA`. */
  label: string;
  /** Name of the language in the language itself, e.g. `Italiano`, `English`. */
  name: string;
  /** URL of the current page (or the home page) in this language. */
  href: string;
}

export const DEFAULT_LANGUAGES: readonly SiteLanguage[] = Object.freeze([
  { code: 'it', label: 'ITA', name: 'Italiano', href: '/' },
  { code: 'en', label: 'ENG', name: 'English', href: '/en/' },
]);
