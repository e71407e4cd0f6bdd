import { defineMessages } from '../intl/define.js';

export const cardListMessages = defineMessages({
  it: {
    /** The result count, announced politely when it changes. */
    count: (n: number) => (n === 1 ? '1 risultato trovato' : `${n} risultati trovati`),
    /** Shown when no item matches the filters. */
    noResults: 'Nessun risultato corrisponde ai filtri scelti.',
    /** Label of the text filter. */
    search: 'Cerca per parola chiave',
    /** First option of each select filter. */
    all: 'Tutti',
    /** Accessible name of the filters form. */
    filters: 'Filtri',
    /** The "load more" control (`load-other-cards`). */
    loadMore: 'Carica altri risultati',
    /** An empty list without filters (`enhancement="script"`). */
    empty: 'Nessun contenuto da mostrare.',
  },
  en: {
    count: (n: number) => (n === 1 ? '1 result found' : `${n} results found`),
    noResults: 'No result matches the chosen filters.',
    search: 'Search by keyword',
    all: 'All',
    filters: 'Filters',
    loadMore: 'Load more results',
    empty: 'Nothing to show.',
  },
});

export type CardListMessages = (typeof cardListMessages)['it'];
