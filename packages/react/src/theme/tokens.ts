// The tokens the library's own styled components read: the comune's theme from PiazzaProvider
// (styled-components' ThemeProvider) or, without one, Bootstrap Italia's own colours, the same
// as its prebuilt CSS. One small function per token, with its default written out: a component's
// bundle carries only the tokens it reads, not the palette computation
// (createPiazzaTheme.test.tsx checks the defaults equal createPiazzaTheme's result).
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

type Props = { theme?: unknown };
const own = (p: Props) => (p.theme as { colors?: Partial<PiazzaColors> } | undefined)?.colors;

/** The comune's primary colour (icons, active states). */
export const primary = (p: Props): string => own(p)?.primary ?? '#0066cc';
/** Text and icons on a primary background. */
export const onPrimary = (p: Props): string => own(p)?.onPrimary ?? '#ffffff';
/** The page's background. */
export const surface = (p: Props): string => own(p)?.surface ?? '#ffffff';
/** Focus outlines. */
export const focus = (p: Props): string => own(p)?.focus ?? '#000000';
