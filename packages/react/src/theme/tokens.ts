// The tokens the library's own styled components read: the comune's theme from PiazzaProvider
// (styled-components' ThemeProvider) or, without one, Bootstrap Italia's own colours, the same
// as its prebuilt CSS. A literal on purpose: a component's bundle does not carry the palette
// computation (createPiazzaTheme.test.tsx checks it equals createPiazzaTheme's result).
import type { PiazzaTheme } from './createPiazzaTheme.js';

export type PiazzaColors = PiazzaTheme['colors'];

/** `createPiazzaTheme({ primary: '#0066cc' }).colors`: Bootstrap Italia's default blue. */
export const DEFAULT_COLORS: PiazzaColors = {
  primary: '#0066cc',
  onPrimary: '#ffffff',
  link: '#0066cc',
  tint: '#bdddfc',
  surface: '#ffffff',
  focus: '#000000',
};

/** The colours of the theme in a styled component's props (the default ones without a theme). */
export function colors(props: { theme?: unknown }): PiazzaColors {
  const own = (props.theme as { colors?: Partial<PiazzaColors> } | undefined)?.colors;
  return own && typeof own.primary === 'string' ? (own as PiazzaColors) : DEFAULT_COLORS;
}
