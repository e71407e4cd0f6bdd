'use client';
import { useContext, useMemo, type ReactNode } from 'react';
// Named import only: styled-components' default export breaks under Node ESM/SSR.
import { ThemeProvider } from 'styled-components';
import type { PiazzaTheme } from '../theme/createPiazzaTheme.js';
import { PiazzaContext, type PiazzaSettings } from './context.js';

export { usePiazza } from './context.js';
export type { Locale, PiazzaSettings } from './settings.js';

export interface PiazzaProviderProps extends Partial<PiazzaSettings> {
  /**
   * The comune's theme (`createPiazzaTheme({ primary })`), handed to styled-components'
   * ThemeProvider: every styled component below reads it as `props.theme`.
   */
  theme?: PiazzaTheme;
  children?: ReactNode;
}

/**
 * Sets the language and the asset URLs for every Piazza component below it and, with `theme`,
 * the styled-components theme of the app's own components.
 */
export function PiazzaProvider({ locale, spriteUrl, theme, children }: PiazzaProviderProps) {
  const parent = useContext(PiazzaContext);
  const value = useMemo(
    () => ({ locale: locale ?? parent.locale, spriteUrl: spriteUrl ?? parent.spriteUrl }),
    [locale, spriteUrl, parent],
  );
  const settings = <PiazzaContext.Provider value={value}>{children}</PiazzaContext.Provider>;
  return theme ? <ThemeProvider theme={theme}>{settings}</ThemeProvider> : settings;
}
