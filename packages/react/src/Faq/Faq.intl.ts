import { defineMessages } from '../intl/define.js';

export const faqMessages = defineMessages({
  it: {
    /** Label of the search field. */
    search: 'Cerca tra le domande frequenti',
    /** Shown (and announced) when the search matches nothing. */
    noResults: 'Nessun risultato per la ricerca.',
    /** Announced after a search that matches. */
    results: (n: number) => (n === 1 ? '1 domanda trovata' : `${n} domande trovate`),
  },
  en: {
    search: 'Search the frequently asked questions',
    noResults: 'No results for your search.',
    results: (n: number) => (n === 1 ? '1 question found' : `${n} questions found`),
  },
});

export type FaqMessages = (typeof faqMessages)['it'];
