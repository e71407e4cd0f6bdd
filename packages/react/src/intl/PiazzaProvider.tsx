'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

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

const PiazzaContext = createContext<PiazzaSettings>(DEFAULT_SETTINGS);

export interface PiazzaProviderProps extends Partial<PiazzaSettings> {
  children?: ReactNode;
}

/** Sets the language and the asset URLs for every Piazza component below it. */
export function PiazzaProvider({ locale, spriteUrl, children }: PiazzaProviderProps) {
  const parent = useContext(PiazzaContext);
  const value = useMemo(
    () => ({ locale: locale ?? parent.locale, spriteUrl: spriteUrl ?? parent.spriteUrl }),
    [locale, spriteUrl, parent],
  );
  return <PiazzaContext.Provider value={value}>{children}</PiazzaContext.Provider>;
}

export function usePiazza(): PiazzaSettings {
  return useContext(PiazzaContext);
}
