// Fonts allowed by criterion C.SI.1.1.
// Source: checker/allowed-fonts.json, italia/pa-website-validator-ng v1.1.38 (commit bb31fe9).
import { deepFreeze } from './freeze.js';

/** The checker's list, as is: the first computed font family (quotes stripped) must be one of these. */
export const ALLOWED_FONTS = deepFreeze([
  'Titillium Web',
  'Lora',
  'Roboto Mono',
  'titillium web',
  'lora',
  'roboto mono',
] as const);

/** The three font families of the Modello Comuni, with their role. */
export const FONT_FAMILIES = deepFreeze([
  { label: 'Titillium Web', slug: 'titillium-web', role: 'sans-serif' },
  { label: 'Lora', slug: 'lora', role: 'serif' },
  { label: 'Roboto Mono', slug: 'roboto-mono', role: 'monospace' },
] as const);

export type AllowedFont = (typeof ALLOWED_FONTS)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number]['label'];

/**
 * True when the first family of a CSS `font-family` value is accepted by the checker
 * (quotes stripped, exact match against ALLOWED_FONTS, as the checker does).
 */
export function isAllowedFont(fontFamily: string): boolean {
  const first = (fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
  return (ALLOWED_FONTS as readonly string[]).includes(first);
}
