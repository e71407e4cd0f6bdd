'use client';
// Site search on the client: the build writes a JSON index of every page; the search page
// reads `?q=` and filters it (the form works without JavaScript as a plain GET).
import { useEffect, useId, useState } from 'react';

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

export interface SearchPageProps {
  indexUrl: string;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Entries matching every word of `query`, titles first. */
export function searchEntries(entries: readonly SearchEntry[], query: string): SearchEntry[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of entries) {
    const title = normalise(e.t);
    const text = `${title} ${normalise(e.d)} ${normalise(e.k)}`;
    if (!words.every((w) => text.includes(w))) continue;
    scored.push({ e, score: words.filter((w) => title.includes(w)).length });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.e);
}

export function SearchPage({ indexUrl }: SearchPageProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchEntry[] | null>(null);
  const [index, setIndex] = useState<SearchEntry[] | null>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(q);
    fetch(indexUrl)
      .then((r) => r.json() as Promise<SearchEntry[]>)
      .then((entries) => {
        setIndex(entries);
        if (q) setResults(searchEntries(entries, q));
      })
      .catch(() => setIndex([]));
  }, [indexUrl]);

  const onSubmit = (e: React.FormEvent) => {
    if (!index) return;
    e.preventDefault();
    setResults(searchEntries(index, query));
    const url = new URL(window.location.href);
    url.searchParams.set('q', query);
    window.history.replaceState(null, '', url);
  };

  return (
    <div>
      <form role="search" action="" method="get" onSubmit={onSubmit} className="mb-4">
        <div className="form-group">
          <label htmlFor={`${id}-q`} className="active">
            Cerca nel sito
          </label>
          <div className="input-group">
            <input
              type="search"
              className="form-control"
              id={`${id}-q`}
              name="q"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <div className="input-group-append">
              <button type="submit" className="btn btn-primary">
                Cerca
              </button>
            </div>
          </div>
        </div>
      </form>
      <div role="status" className="mb-3">
        {results === null
          ? ''
          : results.length === 0
            ? `Nessun risultato per «${query}».`
            : `${String(results.length)} risultati per «${query}».`}
      </div>
      {results && results.length > 0 && (
        <ul className="list-unstyled">
          {results.slice(0, 100).map((r) => (
            <li key={r.u} className="mb-4">
              <span className="text-uppercase small fw-semibold">{r.k}</span>
              <h2 className="h5 mb-1">
                <a href={r.u}>{r.t}</a>
              </h2>
              <p className="mb-0">{r.d}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
