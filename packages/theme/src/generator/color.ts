// The colour helpers live in @piazza/react (src/theme/color.ts, one implementation): the Sass
// build here and createPiazzaTheme() in an app derive the same palette from the same colour.
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
} from '@piazza/react/theme';
