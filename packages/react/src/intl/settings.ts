// The settings of every Piazza component, without React: a server component (or plain Node)
// reads DEFAULT_SETTINGS and the types from here; the context that carries them is client-side
// (./context.ts).

/** The languages whose default texts Piazza ships. Italian is the default. */
export type Locale = 'it' | 'en';

export interface PiazzaSettings {
  /** Language of the default texts. @default 'it' */
  locale: Locale;
  /**
   * URL of the Bootstrap Italia SVG sprite (`bootstrap-italia/dist/svg/sprites.svg`)
   * as the site serves it. @default '/svg/sprites.svg'
   */
  spriteUrl: string;
}

export const DEFAULT_SETTINGS: PiazzaSettings = Object.freeze({
  locale: 'it',
  spriteUrl: '/svg/sprites.svg',
});
