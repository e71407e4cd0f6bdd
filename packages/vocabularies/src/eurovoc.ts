// @piazza/vocabularies/eurovoc: the EuroVoc labels the checker accepts as topics (C.SI.1.5, half score).
// Source: checker/topics-eurovoc-vocabulary.json, italia/pa-website-validator-ng v1.1.38 (commit bb31fe9).
// A separate entry point: about 0.5 MB, never imported by the main entry.
import { EUROVOC_TERMS } from './data/eurovoc-terms.js';

export { EUROVOC_TERMS };

export const EUROVOC_SOURCE =
  'italia/pa-website-validator-ng v1.1.38 (commit bb31fe9, 2026-01-23), topics-eurovoc-vocabulary.json';

let keys: ReadonlySet<string> | undefined;

/** True when the checker counts `label` as a EuroVoc term: trimmed, case-insensitive, exact. */
export function isEurovocTerm(label: string): boolean {
  keys ??= new Set(EUROVOC_TERMS.map((t) => t.toLowerCase()));
  return keys.has(label.trim().toLowerCase());
}
