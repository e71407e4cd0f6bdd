/**
 * @piazza/fonts — the three font families of the Modello Comuni (C.SI.1.1, CSE.1.3),
 * self-hosted as woff2 so that no request leaves the site's own host.
 *
 * The woff2 files come from the Fontsource packages (@fontsource/titillium-web,
 * @fontsource/lora, @fontsource/roboto-mono 5.3.0, SIL Open Font License 1.1); the
 * unicode ranges are the latin / latin-ext subsets those packages publish.
 */

/** The font families the official checker accepts (checker: allowed-fonts.json). */
export const FONT_FAMILIES = ['Titillium Web', 'Lora', 'Roboto Mono'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export type FontStyle = 'normal' | 'italic';
export type FontSubset = 'latin' | 'latin-ext';

/** The `unicode-range` of each subset. */
export const UNICODE_RANGES: Readonly<Record<FontSubset, string>> = Object.freeze({
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
});

/** One `@font-face` rule. */
export interface FontFace {
  readonly family: FontFamily;
  readonly weight: 300 | 400 | 600 | 700;
  readonly style: FontStyle;
  readonly subset: FontSubset;
  /** File name inside the package's `files/` folder. */
  readonly file: string;
  readonly unicodeRange: string;
}

const VARIANTS: ReadonlyArray<
  readonly [FontFamily, ReadonlyArray<readonly [FontFace['weight'], FontStyle]>]
> = [
  [
    'Titillium Web',
    [
      [300, 'normal'],
      [400, 'normal'],
      [400, 'italic'],
      [600, 'normal'],
      [700, 'normal'],
    ],
  ],
  [
    'Lora',
    [
      [400, 'normal'],
      [400, 'italic'],
      [700, 'normal'],
    ],
  ],
  [
    'Roboto Mono',
    [
      [400, 'normal'],
      [700, 'normal'],
    ],
  ],
];

/** File-name stem of a family, as Fontsource names it ("Titillium Web" → "titillium-web"). */
export function familySlug(family: FontFamily): string {
  return family.toLowerCase().replace(/\s+/g, '-');
}

/** Every face the package ships: each variant in the latin and latin-ext subsets. */
export const FONT_FACES: readonly FontFace[] = Object.freeze(
  VARIANTS.flatMap(([family, variants]) =>
    variants.flatMap(([weight, style]) =>
      (['latin-ext', 'latin'] as const).map((subset): FontFace =>
        Object.freeze({
          family,
          weight,
          style,
          subset,
          file: `${familySlug(family)}-${subset}-${weight}-${style}.woff2`,
          unicodeRange: UNICODE_RANGES[subset],
        }),
      ),
    ),
  ),
);

/**
 * The files worth a `<link rel="preload" as="font" type="font/woff2" crossorigin>`:
 * the latin subset of the faces every page uses above the fold (body text 400,
 * headings 600 and 700 in Titillium Web).
 */
export const PRELOAD_FILES: readonly string[] = Object.freeze(
  FONT_FACES.filter(
    (f) =>
      f.family === 'Titillium Web' &&
      f.subset === 'latin' &&
      f.style === 'normal' &&
      (f.weight === 400 || f.weight === 600 || f.weight === 700),
  ).map((f) => f.file),
);

/**
 * The CSS of every face, with `src` urls relative to `baseUrl` (default: the
 * `files/` folder next to the stylesheet).
 */
export function fontFaceCss(baseUrl = './'): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return FONT_FACES.map(
    (f) =>
      `/* ${familySlug(f.family)}-${f.subset}-${f.weight}-${f.style} */\n` +
      `@font-face {\n` +
      `  font-family: '${f.family}';\n` +
      `  font-style: ${f.style};\n` +
      `  font-weight: ${f.weight};\n` +
      `  font-display: swap;\n` +
      `  src: url(${base}${f.file}) format('woff2');\n` +
      `  unicode-range: ${f.unicodeRange};\n` +
      `}\n`,
  ).join('\n');
}

/** `<link rel="preload">` tags for {@link PRELOAD_FILES}, with urls under `baseUrl`. */
export function preloadLinks(baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return PRELOAD_FILES.map(
    (file) => `<link rel="preload" href="${base}${file}" as="font" type="font/woff2" crossorigin>`,
  ).join('\n');
}
