// @piazza/vocabularies/eurovoc: the EuroVoc labels the checker accepts as topics (C.SI.1.5, half score).
// The list is kept once, in json/eurovoc.json (shipped in the package; source, version and licence
// are in the file itself), and imported here: no second copy in TypeScript.
// A separate entry point: about 0.5 MB, never imported by the main entry.
import eurovoc from '../json/eurovoc.json' with { type: 'json' };

/** The 20,030 labels, in the checker's order (repeated labels included). */
export const EUROVOC_TERMS: readonly string[] = Object.freeze(eurovoc.data);

/** Where the list comes from: checker, version, commit, file. */
export const EUROVOC_SOURCE: string = eurovoc.source;

let keys: ReadonlySet<string> | undefined;

/** True when the checker counts `label` as a EuroVoc term: trimmed, case-insensitive, exact. */
export function isEurovocTerm(label: string): boolean {
  keys ??= new Set(EUROVOC_TERMS.map((t) => t.toLowerCase()));
  return keys.has(label.trim().toLowerCase());
}
