// The typed theme of a comune: its primary colour and the palette Bootstrap Italia's Sass derives
// from it ($primary-a1…a12, $primary-b1…b8, $primary-c1…c12 in src/scss/base/_variables.scss),
// computed here with the same `hsb()` the theme's Sass build uses. Pure: no React, no
// 'use client', callable from a server component or a build script. PiazzaProvider passes the
// result to styled-components' ThemeProvider (see docs/theming.md).
import {
  MIN_CONTRAST,
  contrastRatio,
  formatRatio,
  hsb,
  normaliseHex,
  parseHex,
  toHsb,
  type Rgb,
} from './color.js';

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

type Steps<P extends string, N extends number, A extends unknown[] = []> = A['length'] extends N
  ? never
  : `${P}${[...A, unknown]['length'] & number}` | Steps<P, N, [...A, unknown]>;

/** Names of Bootstrap Italia's primary shades: a1–a12 (light to dark), b1–b8, c1–c12. */
export type PiazzaPaletteStep = Steps<'a', 12> | Steps<'b', 8> | Steps<'c', 12>;

export interface PiazzaThemeInput {
  /** The comune's primary colour, `#rrggbb` or `#rgb`; needs 4.5:1 against white. */
  primary: string;
}

export interface PiazzaTheme {
  /** The primary colour, normalised (`#rrggbb`, lower case). */
  readonly primary: string;
  /** The triple Bootstrap Italia's Sass reads ($primary-h 0–360, $primary-s and $primary-b 0–100). */
  readonly primaryHsb: { readonly h: number; readonly s: number; readonly b: number };
  /** Every shade Bootstrap Italia derives from the primary colour, as `#rrggbb`. */
  readonly palette: Readonly<Record<PiazzaPaletteStep, string>>;
  /** Tokens for an app's own components. */
  readonly colors: {
    /** Buttons, active states, icons that carry the comune's colour. */
    readonly primary: string;
    /** Text and icons on a primary background. */
    readonly onPrimary: string;
    /** Links on white ($primary in Bootstrap Italia). */
    readonly link: string;
    /** A light tint for backgrounds behind dark text ($primary-a1). */
    readonly tint: string;
    /** The page's background, behind primary text and icons (white). */
    readonly surface: string;
    /** Focus outlines on elements Bootstrap Italia leaves without one (black). */
    readonly focus: string;
  };
  /** WCAG 2.1 contrast ratios of the primary colour. */
  readonly contrast: { readonly onWhite: number; readonly onBlack: number };
}

/**
 * Builds the theme of a comune from its primary colour, with the palette Bootstrap Italia's Sass
 * derives from `$primary-h/s/b`. Throws a TypeError naming the value when it is not a hex colour
 * or when its contrast with white is under 4.5:1 (WCAG 2.1, 1.4.3): white text on primary
 * buttons and primary links on white both need it.
 */
export function createPiazzaTheme(input: PiazzaThemeInput): PiazzaTheme {
  const value: unknown = (input as { primary?: unknown } | null | undefined)?.primary;
  const rgb = typeof value === 'string' ? parseHex(value) : null;
  if (typeof value !== 'string' || !rgb) {
    throw new TypeError(
      `createPiazzaTheme: primary ${JSON.stringify(value)} non è un colore esadecimale (#rrggbb) / is not a hex colour`,
    );
  }
  const primary = normaliseHex(value);
  const onWhite = contrastRatio(rgb, WHITE);
  if (onWhite < MIN_CONTRAST) {
    throw new TypeError(
      `createPiazzaTheme: primary ${primary} ha un contrasto di ${formatRatio(onWhite)} con il bianco, ` +
        `ne serve almeno ${MIN_CONTRAST}:1 (WCAG 2.1, 1.4.3) / has a contrast of ${formatRatio(onWhite)} ` +
        `on white, at least ${MIN_CONTRAST}:1 is needed; choose a darker colour`,
    );
  }
  const { h, s, b } = toHsb(rgb);
  const palette = {} as Record<PiazzaPaletteStep, string>;
  // $primary-a12…a6: same hue and saturation, brightness 20…80
  for (let i = 6; i <= 12; i++) palette[`a${i}` as PiazzaPaletteStep] = hsb(h, s, 140 - i * 10);
  palette.a5 = hsb(h, s - 15, 84);
  palette.a4 = hsb(h, s - 30, 88);
  palette.a3 = hsb(h, s - 45, 92);
  palette.a2 = hsb(h + 1, s - 60, 96);
  palette.a1 = hsb(h, s - 75, 99);
  // $primary-b1…b8: saturation and brightness down by 10 a step
  for (let i = 1; i <= 8; i++) {
    palette[`b${i}` as PiazzaPaletteStep] = hsb(h, s - (i - 1) * 10, b - (i - 1) * 10);
  }
  // $primary-c1…c10: saturation from 10% to 100% of $primary-s, brightness +20%; c11 +10%, c12 itself
  for (let i = 1; i <= 10; i++) {
    palette[`c${i}` as PiazzaPaletteStep] = hsb(
      h,
      s - (s * (100 - i * 10)) / 100,
      b + (b * 20) / 100,
    );
  }
  palette.c11 = hsb(h, s, b + (b * 10) / 100);
  palette.c12 = hsb(h, s, b);
  return {
    primary,
    primaryHsb: { h, s, b },
    palette,
    colors: {
      primary,
      onPrimary: '#ffffff',
      link: primary,
      tint: palette.a1,
      surface: '#ffffff',
      focus: '#000000',
    },
    contrast: { onWhite, onBlack: contrastRatio(rgb, BLACK) },
  };
}
