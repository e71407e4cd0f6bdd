import { FONT_FACES, FONT_FAMILIES, PRELOAD_FILES, fontFaceCss, preloadLinks } from './index.js';

describe('@piazza/fonts', () => {
  test('ships exactly the faces the model asks for, in latin and latin-ext', () => {
    const variants = new Set(FONT_FACES.map((f) => `${f.family} ${f.weight} ${f.style}`));
    expect([...variants].sort()).toEqual(
      [
        'Lora 400 italic',
        'Lora 400 normal',
        'Lora 700 normal',
        'Roboto Mono 400 normal',
        'Roboto Mono 700 normal',
        'Titillium Web 300 normal',
        'Titillium Web 400 italic',
        'Titillium Web 400 normal',
        'Titillium Web 600 normal',
        'Titillium Web 700 normal',
      ].sort(),
    );
    for (const v of variants) {
      const subsets = FONT_FACES.filter((f) => `${f.family} ${f.weight} ${f.style}` === v).map(
        (f) => f.subset,
      );
      expect(subsets.sort()).toEqual(['latin', 'latin-ext']);
    }
  });

  test('families are exactly the three the checker allows', () => {
    expect([...FONT_FAMILIES]).toEqual(['Titillium Web', 'Lora', 'Roboto Mono']);
  });

  test('every face in the CSS has font-display swap, a woff2 src and a unicode-range', () => {
    const css = fontFaceCss('/fonts/');
    const rules = css.match(/@font-face \{[^}]+\}/g) ?? [];
    expect(rules).toHaveLength(FONT_FACES.length);
    for (const rule of rules) {
      expect(rule).toContain('font-display: swap;');
      expect(rule).toMatch(
        /src: url\(\/fonts\/[a-z-]+-\d{3}-(normal|italic)\.woff2\) format\('woff2'\);/,
      );
      expect(rule).toMatch(/unicode-range: U\+/);
    }
  });

  test('preload list names only shipped latin files, and links are crossorigin font preloads', () => {
    const files = new Set(FONT_FACES.map((f) => f.file));
    expect(PRELOAD_FILES.length).toBeGreaterThan(0);
    for (const f of PRELOAD_FILES) {
      expect(files.has(f)).toBe(true);
      expect(f).toContain('-latin-');
    }
    const links = preloadLinks('/assets/fonts');
    expect(links.split('\n')).toHaveLength(PRELOAD_FILES.length);
    expect(links).toContain('href="/assets/fonts/titillium-web-latin-400-normal.woff2"');
    expect(links).toMatch(/as="font" type="font\/woff2" crossorigin/);
  });
});
