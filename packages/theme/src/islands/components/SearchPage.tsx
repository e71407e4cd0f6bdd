// The search page's markup, rendered at build time: a plain GET form (it works without
// JavaScript: the query lands in the URL), a status line and the results list. The client
// entry (src/islands/entries/search.ts, no React) reads `?q=`, loads the index and fills them.
import { useId } from 'react';

export interface SearchPageProps {
  indexUrl: string;
}

export function SearchPage({ indexUrl }: SearchPageProps) {
  const id = useId();
  return (
    <div data-index-url={indexUrl}>
      <form role="search" action="" method="get" className="mb-4">
        <div className="form-group">
          <label htmlFor={`${id}-q`} className="active">
            Cerca nel sito
          </label>
          <div className="input-group">
            <input type="search" className="form-control" id={`${id}-q`} name="q" />
            <div className="input-group-append">
              <button type="submit" className="btn btn-primary">
                Cerca
              </button>
            </div>
          </div>
        </div>
      </form>
      <div role="status" className="mb-3" />
      <ul className="list-unstyled" hidden />
    </div>
  );
}
