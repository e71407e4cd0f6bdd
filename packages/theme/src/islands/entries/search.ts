// Client entry of the "search" island, without React (≈ 1 KB): reads `?q=`, loads the index
// written by the build, shows the results; a new search on the page does the same without a
// reload and updates the URL. Before the index has arrived the form submits as a plain GET.
import { guardIsland } from '../failure.js';
import { resultsText, searchEntries, type SearchEntry } from '../search-index.js';

const MAX = 100;
const UNAVAILABLE =
  'La ricerca non è disponibile in questo momento: non è stato possibile caricare l’indice del sito. Riprova più tardi.';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function enhance(root: HTMLElement) {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector('[role="status"]');
  const list = root.querySelector('ul');
  const indexUrl = root.querySelector<HTMLElement>('[data-index-url]')?.dataset.indexUrl;
  if (!form || !input || !status || !list || !indexUrl) return;
  let index: SearchEntry[] | null = null;

  const show = (query: string) => {
    const results = index ? searchEntries(index, query) : [];
    status.textContent = query.trim() ? resultsText(results.length, query) : '';
    list.replaceChildren(
      ...results.slice(0, MAX).map((r) => {
        const item = el('li', 'mb-4');
        const title = el('h2', 'h5 mb-1');
        const link = el('a', '', r.t);
        link.href = r.u;
        title.append(link);
        item.append(el('span', 'text-uppercase small fw-semibold', r.k), title);
        item.append(el('p', 'mb-0', r.d));
        return item;
      }),
    );
    list.hidden = results.length === 0;
  };

  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = query;
  fetch(indexUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((entries) => {
      if (!Array.isArray(entries)) throw new Error('the search index is not a list');
      index = entries as SearchEntry[];
      if (query) show(query);
    })
    .catch(() => {
      // No index: say so (never "no results"); the form stays a plain GET, which tries again.
      index = null;
      status.textContent = UNAVAILABLE;
    });

  form.addEventListener('submit', (e) => {
    if (!index) return; // not loaded yet: a plain GET
    e.preventDefault();
    show(input.value);
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
  });
}

for (const root of Array.from(document.querySelectorAll<HTMLElement>('[data-island="search"]'))) {
  guardIsland(root, 'search', () => enhance(root));
}
