import { defineMessages } from '../intl/define.js';

export const searchDialogMessages = defineMessages({
  it: {
    /** Title of the dialog (its accessible name). */
    title: 'Cerca nel sito',
    /** Label of the search field. */
    field: 'Cerca contenuti, notizie e servizi',
    /** Text of the submit button. */
    submit: 'Cerca',
    /** Accessible name of the close button. */
    close: 'Chiudi la ricerca',
  },
  en: {
    title: 'Search the site',
    field: 'Search content, news and services',
    submit: 'Search',
    close: 'Close the search',
  },
});

export type SearchDialogMessages = (typeof searchDialogMessages)['it'];
