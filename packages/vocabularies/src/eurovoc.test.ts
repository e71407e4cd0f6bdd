// @vitest-environment node
import { readFileSync } from 'node:fs';
import { EUROVOC_TERMS, EUROVOC_SOURCE, isEurovocTerm } from './eurovoc.js';

describe('eurovoc entry point', () => {
  // The one copy of the checker's list (json/eurovoc.json, shipped in the package).
  const file = JSON.parse(
    readFileSync(new URL('../json/eurovoc.json', import.meta.url), 'utf8'),
  ) as { data: string[] };
  const fixture = { count: file.data.length, terms: file.data };

  it('has the checker EuroVoc labels, exactly', () => {
    expect(EUROVOC_TERMS).toHaveLength(20030);
    expect(EUROVOC_TERMS).toHaveLength(fixture.count);
    expect(EUROVOC_TERMS).toEqual(fixture.terms);
    expect(Object.isFrozen(EUROVOC_TERMS)).toBe(true);
    expect(EUROVOC_SOURCE).toContain('bb31fe9');
  });

  it('matches trimmed and case-insensitive, as the checker', () => {
    const sample = fixture.terms[1000] ?? '';
    expect(isEurovocTerm(sample)).toBe(true);
    expect(isEurovocTerm(`  ${sample.toUpperCase()} `)).toBe(true);
    expect(isEurovocTerm('AIDS')).toBe(true);
    expect(isEurovocTerm('Piazza di prova che non esiste')).toBe(false);
  });

  it('is not reachable from the main entry', () => {
    // Walk the relative imports of src/index.ts.
    const seen = new Set<string>();
    const visit = (url: URL): void => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(url, 'utf8');
      for (const match of source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const spec = match[1] ?? '';
        visit(new URL(spec.replace(/\.js$/, '.ts'), url));
      }
    };
    visit(new URL('./index.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(20);
    const files = [...seen].map((href) => href.split('/src/')[1]);
    expect(files).not.toContain('eurovoc.ts');
    expect(files).not.toContain('data/eurovoc-terms.ts');
  });
});
