// The comune's primary colour: parsing, WCAG contrast, the HSB triple Bootstrap Italia's Sass
// wants ($primary-h, $primary-s, $primary-b) and its `hsb()` function. One implementation, pure
// (no React, no 'use client'): createPiazzaTheme() and the theme's Sass build (@piazza/theme,
// src/generator/css.ts) both use it, so an app's tokens and a site's compiled CSS agree.

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses `#rgb` or `#rrggbb`; null when it is not a hex colour. */
export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  let h = m[1] as string;
  if (h.length === 3)
    h = h
      .split('')
      .map((c) => c + c)
      .join('');
  return {
    r: parseInt(h.slice(0, 2), 16),
    g: parseInt(h.slice(2, 4), 16),
    b: parseInt(h.slice(4, 6), 16),
  };
}

/** Normalised `#rrggbb` (lowercase). */
export function normaliseHex(hex: string): string {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`"${hex}" is not a hex colour (#rrggbb)`);
  return `#${[rgb.r, rgb.g, rgb.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio between two colours (1–21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Minimum contrast of the primary colour against white: WCAG 1.4.3 (AA, normal text). */
export const MIN_CONTRAST = 4.5;

/**
 * Checks a primary colour: null when usable, otherwise the reason in Italian with the ratio
 * named (white text on primary buttons and primary links on white both need 4.5:1).
 */
export function primaryColourProblem(hex: string): string | null {
  const rgb = parseHex(hex);
  if (!rgb) return `il colore primario "${hex}" non è un colore esadecimale (#rrggbb)`;
  const ratio = contrastRatio(rgb, { r: 255, g: 255, b: 255 });
  if (ratio < MIN_CONTRAST) {
    return (
      `il colore primario ${normaliseHex(hex)} ha un contrasto di ${formatRatio(ratio)} con il bianco: ` +
      `ne serve almeno ${MIN_CONTRAST}:1 (WCAG 2.1, 1.4.3) per i testi e i pulsanti; scegli un colore più scuro`
    );
  }
  return null;
}

/** "3.04:1", truncated (never rounded up past the threshold). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** Hue (0–360), saturation and brightness (0–100) of a colour, as Bootstrap Italia's `hsb()`. */
export function toHsb({ r, g, b }: Rgb): { h: number; s: number; b: number } {
  const rr = r / 255;
  const gg = g / 255;
  const bb = b / 255;
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const d = max - min;
  let h = 0;
  if (d !== 0) {
    if (max === rr) h = ((gg - bb) / d) % 6;
    else if (max === gg) h = (bb - rr) / d + 2;
    else h = (rr - gg) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return { h: round(h), s: round(max === 0 ? 0 : (d / max) * 100), b: round(max * 100) };
}

/** Rounded `#rrggbb` of an RGB triple (channels may be fractional). */
export function toHex({ r, g, b }: Rgb): string {
  const h = (v: number) =>
    Math.min(255, Math.max(0, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

/**
 * Bootstrap Italia's Sass `hsb($h, $s, $b)` (src/scss/base/_functions.scss): values under 1 are
 * raised to 1, then HSB becomes HSL. Returns the colour as `#rrggbb`.
 */
export function hsb(h: number, s: number, b: number): string {
  const hh = h < 1 ? 1 : h;
  const ss = s < 1 ? 1 : s;
  const bb = b < 1 ? 1 : b;
  const l = (bb / 2) * (2 - ss / 100);
  const sl = l === 0 || l === 100 ? 0 : (bb * ss) / (l < 50 ? l * 2 : 200 - l * 2);
  return toHex(hslToRgb(hh, sl, l));
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const sat = s / 100;
  const light = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255 };
}
