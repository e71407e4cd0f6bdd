/**
 * URL slug of a label: lowercase, accents stripped, every run of characters other than a–z
 * and 0–9 turned into a single "-", no "-" at either end.
 *
 * @example slugify('Mobilità sostenibile') === 'mobilita-sostenibile'
 * @example slugify("Accesso all'informazione") === 'accesso-all-informazione'
 */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
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
