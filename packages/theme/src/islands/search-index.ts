// The site search on the client, without React: the build writes a JSON index of every page
// (search-index.json); this module matches a query against it.
// The subpath, not the package index: in a browser bundle the index's shared chunk brought the
// menu and feedback data along with these few lines (the search page's script grew to 16 KB).
import { foldAccents } from '@piazza/vocabularies/slug';

/** One page in the index (short keys: the index ships with the site). */
export interface SearchEntry {
  /** title */
  t: string;
  /** url */
  u: string;
  /** description */
  d: string;
  /** kind shown above the title ("Servizio", "Notizia"…) */
  k: string;
}

/** Entries matching every word of `query`, those with more words in the title first. */
export function searchEntries(entries: readonly SearchEntry[], query: string): SearchEntry[] {
  const words = foldAccents(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of entries) {
    const title = foldAccents(e.t);
    const text = `${title} ${foldAccents(e.d)} ${foldAccents(e.k)}`;
    if (!words.every((w) => text.includes(w))) continue;
    scored.push({ e, score: words.filter((w) => title.includes(w)).length });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.e);
}

/** What the status line says after a search. */
export function resultsText(count: number, query: string): string {
  return count === 0
    ? `Nessun risultato per «${query}».`
    : `${String(count)} ${count === 1 ? 'risultato' : 'risultati'} per «${query}».`;
}
