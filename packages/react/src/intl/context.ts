'use client';
import { createContext, useContext } from 'react';

// The settings context, apart from PiazzaProvider: components read it without bundling the
// provider (its imports stay in every bundle that touches its module).

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

export const PiazzaContext = /* @__PURE__ */ createContext<PiazzaSettings>(DEFAULT_SETTINGS);

export function usePiazza(): PiazzaSettings {
  return useContext(PiazzaContext);
}
