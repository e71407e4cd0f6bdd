import { checkerKey, foldAccents, slugify } from './index.js';

describe('foldAccents', () => {
  it('lowercases and strips accents, keeping every other character', () => {
    expect(foldAccents('Città')).toBe('citta');
    expect(foldAccents('PERCHÉ NO?')).toBe('perche no?');
    expect(foldAccents("Sant'Agata  dei Goti")).toBe("sant'agata  dei goti");
    // already decomposed input (e + combining grave) folds the same way
    expect(foldAccents('Citte\u0300')).toBe('citte');
  });

  it('makes accented and plain spellings match, as the search filters need', () => {
    expect(foldAccents('Attività produttive').includes(foldAccents('attivita'))).toBe(true);
    expect(foldAccents('Università').includes(foldAccents('UNIVERSITÀ'))).toBe(true);
  });
});

describe('slugify', () => {
  it('makes URL slugs of Italian labels', () => {
    expect(slugify('Mobilità sostenibile')).toBe('mobilita-sostenibile');
    expect(slugify("Accesso all'informazione")).toBe('accesso-all-informazione');
    expect(slugify('Tributi, finanze e contravvenzioni')).toBe('tributi-finanze-e-contravvenzioni');
    expect(slugify('  -- Già fatto! --  ')).toBe('gia-fatto');
    expect(slugify('ZTL 2024')).toBe('ztl-2024');
    expect(slugify('…')).toBe('');
  });

  it('gives the same slug as the implementations it replaced, for every BMP character', () => {
    // The two formulas that were in the monorepo before (vocabularies and theme/site.ts):
    // accents stripped before or after lowercasing, one or more "-" trimmed at the ends.
    const stripThenLower = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const lowerThenStrip = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    const differ: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = `a${String.fromCodePoint(cp)}B`;
      const slug = slugify(s);
      if (slug !== stripThenLower(s) || slug !== lowerThenStrip(s)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('checkerKey', () => {
  it('trims and lowercases only, as the checker compares', () => {
    expect(checkerKey('  Città ')).toBe('città');
  });
});
