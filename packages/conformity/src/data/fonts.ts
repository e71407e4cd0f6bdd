// Provenance: pa-website-validator-ng v1.1.38 (commit bb31fe9), italia/pa-website-validator-ng,
// extracted as checker/allowed-fonts.json. Copied verbatim (data only); do not edit by hand.

/** First family of the computed font-family of h1–h6 and p (quotes stripped). */
export const ALLOWED_FONTS: readonly string[] = [
  'Titillium Web',
  'Lora',
  'Roboto Mono',
  'titillium web',
  'lora',
  'roboto mono',
];
