// Slugs and accent folding: the one implementation in the monorepo (the components' search
// filters, the theme's URLs and search index, the content checks all call these).

/**
 * Text folded for matching: lowercase, accents stripped ("Città" → "citta"). Other characters
 * (spaces, apostrophes, punctuation) stay as they are.
 *
 * @example foldAccents('Perché NO') === 'perche no'
 */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * URL slug of a label: lowercase, accents stripped, every run of characters other than a–z
 * and 0–9 turned into a single "-", no "-" at either end.
 *
 * @example slugify('Mobilità sostenibile') === 'mobilita-sostenibile'
 * @example slugify("Accesso all'informazione") === 'accesso-all-informazione'
 */
export function slugify(label: string): string {
  return foldAccents(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Key the conformity checker uses to compare topic and menu texts: trimmed and lowercased.
 * Accents and apostrophes are kept: the checker does not normalise them.
 */
export function checkerKey(text: string): string {
  return text.trim().toLowerCase();
}
