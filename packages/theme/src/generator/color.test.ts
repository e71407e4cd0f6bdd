// @vitest-environment node
import path from 'node:path';
import { createPiazzaTheme, type PiazzaPaletteStep } from '@piazza/react/theme';
import { packageDir } from '../paths.js';
import { contrastRatio, formatRatio, parseHex, primaryColourProblem, toHsb } from './color.js';

describe('primary colour', () => {
  it('computes the WCAG contrast ratio against white', () => {
    const white = { r: 255, g: 255, b: 255 };
    expect(contrastRatio(parseHex('#000000')!, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#0066cc')!, white)).toBeCloseTo(5.57, 2);
    expect(contrastRatio(parseHex('#fff')!, white)).toBeCloseTo(1, 5);
  });

  it('accepts Bootstrap Italia blue and refuses a light colour naming the ratio', () => {
    expect(primaryColourProblem('#0066cc')).toBeNull();
    const problem = primaryColourProblem('#ffcc00');
    expect(problem).toMatch(/1\.\d\d:1/);
    expect(problem).toMatch(/4\.5:1/);
    expect(primaryColourProblem('blu')).toMatch(/non è un colore/);
  });

  it('never rounds a ratio up past the threshold', () => {
    expect(formatRatio(4.499)).toBe('4.49:1');
  });

  it('converts to the HSB triple of Bootstrap Italia', () => {
    expect(toHsb(parseHex('#0066cc')!)).toEqual({ h: 210, s: 100, b: 80 });
  });
});

// One derivation for the app and the site: createPiazzaTheme() (in @piazza/react) must give the
// shades Bootstrap Italia's own Sass variables ($primary-a1…c12 in base/_variables.scss) compile
// to for the same $primary-h/s/b, the triple this package's Sass build passes.
describe('palette of createPiazzaTheme against Bootstrap Italia Sass', () => {
  const steps = [
    ...Array.from({ length: 12 }, (_, i) => `a${i + 1}`),
    ...Array.from({ length: 8 }, (_, i) => `b${i + 1}`),
    ...Array.from({ length: 12 }, (_, i) => `c${i + 1}`),
  ] as PiazzaPaletteStep[];

  async function sassPalette(hex: string): Promise<Record<string, string>> {
    const { h, s, b } = toHsb(parseHex(hex)!);
    const sass = await import('sass-embedded');
    const bi = packageDir('bootstrap-italia');
    const source =
      `$primary-h: ${h}; $primary-s: ${s}; $primary-b: ${b};\n` +
      `@import 'base/functions'; @import 'base/variables';\n` +
      `a { ${steps.map((st) => `--${st}: #{ie-hex-str($primary-${st})};`).join(' ')} }`;
    const { css } = await sass.compileStringAsync(source, {
      loadPaths: [path.join(bi, 'src', 'scss'), path.dirname(bi)],
      quietDeps: true,
      logger: sass.Logger.silent,
      silenceDeprecations: ['import', 'global-builtin', 'color-functions'],
    });
    const out: Record<string, string> = {};
    for (const m of css.matchAll(/--([abc]\d+): #FF([0-9A-F]{6});/g))
      out[m[1]!] = `#${m[2]!.toLowerCase()}`;
    return out;
  }

  it.each(['#8a1538', '#0066cc', '#2d6a4f', '#4a4a4a', '#000080'])(
    '%s: every shade equals the compiled Sass',
    async (hex) => {
      const expected = await sassPalette(hex);
      expect(Object.keys(expected)).toHaveLength(steps.length);
      const theme = createPiazzaTheme({ primary: hex });
      expect(theme.primaryHsb).toEqual(toHsb(parseHex(hex)!));
      for (const st of steps) expect([st, theme.palette[st]]).toEqual([st, expected[st]]);
    },
    30_000,
  );
});
