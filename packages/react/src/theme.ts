// Public exports of this area (see src/index.ts): the typed theme of a comune and the colour
// helpers behind it. Pure modules (no React, no 'use client'): usable from a server component,
// a build script or @piazza/theme's Sass build. Its own entry point: `@piazza/react/theme`.
// PiazzaProvider (area intl) takes the theme and hands it to styled-components.
export {
  createPiazzaTheme,
  type PiazzaTheme,
  type PiazzaThemeInput,
  type PiazzaPaletteStep,
} from './theme/createPiazzaTheme.js';
export {
  contrastRatio,
  formatRatio,
  hsb,
  MIN_CONTRAST,
  normaliseHex,
  parseHex,
  primaryColourProblem,
  toHsb,
  type Rgb,
} from './theme/color.js';
