// "Carica altri" on long lists (no React): the server renders every card of a
// `<CardList enhancement="script">` of @piazza/react; `enhanceLoadMore`, the same logic as the
// component's, shows the first page of them and reveals the next page on each click of
// [data-element="load-other-cards"].
import { LOAD_MORE_ATTRIBUTE, enhanceLoadMore } from '@piazza/react/load-more';
import { guardIsland } from '../failure.js';

for (const list of Array.from(document.querySelectorAll<HTMLElement>(`[${LOAD_MORE_ATTRIBUTE}]`))) {
  guardIsland(list, 'loadmore', () => {
    enhanceLoadMore(list);
  });
}
