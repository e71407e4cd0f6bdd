// Provenance: pa-website-validator-ng v1.1.38 (commit bb31fe9), italia/pa-website-validator-ng,
// extracted as checker/topics-eurovoc-vocabulary.json, copied to ../../data/ (550 KB, read lazily).
import { readFileSync } from 'node:fs';

let terms: Set<string> | undefined;

/** EuroVoc terms, lowercased. Read from the package's data/ folder on first use. */
export function eurovocTerms(): Set<string> {
  if (!terms) {
    const file = new URL('../../data/topics-eurovoc-vocabulary.json', import.meta.url);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { terms: string[] };
    terms = new Set(json.terms.map((t) => t.toLowerCase()));
  }
  return terms;
}
