// The EuroVoc labels the checker accepts as topics (C.SI.1.5): pa-website-validator-ng v1.1.38
// (commit bb31fe9), topics-eurovoc-vocabulary.json. Kept once in the repository, in
// @piazza/vocabularies (json/eurovoc.json, with its provenance and licence): read from there,
// lazily (550 KB), on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let terms: Set<string> | undefined;

/** EuroVoc terms, lowercased. Read from @piazza/vocabularies/json/eurovoc.json on first use. */
export function eurovocTerms(): Set<string> {
  if (!terms) {
    const file = createRequire(import.meta.url).resolve('@piazza/vocabularies/json/eurovoc.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { data: string[] };
    terms = new Set(json.data.map((t) => t.toLowerCase()));
  }
  return terms;
}
