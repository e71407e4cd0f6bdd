'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import { PiazzaContext, type PiazzaSettings } from './context.js';

export { usePiazza } from './context.js';
export type { Locale, PiazzaSettings } from './settings.js';

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
