import { defineMessages } from '../intl/define.js';

export const requestStatusMessages = defineMessages({
  it: {
    /** Title of the timeline. */
    title: (code: string) => `Stato della richiesta ${code}`,
    /** Visually hidden state of each stage. */
    done: 'completata',
    current: 'in corso',
    pending: 'da completare',
    /** The lookup by code. */
    lookupTitle: 'Cerca una richiesta',
    lookupLabel: 'Codice della richiesta',
    lookupHint: 'Lo trovi nella ricevuta e nella email di conferma.',
    lookupSubmit: 'Cerca',
    lookupRequired: 'Inserisci il codice della richiesta',
  },
  en: {
    title: (code: string) => `Status of request ${code}`,
    done: 'completed',
    current: 'in progress',
    pending: 'to do',
    lookupTitle: 'Find a request',
    lookupLabel: 'Request code',
    lookupHint: 'You find it in the receipt and in the confirmation email.',
    lookupSubmit: 'Search',
    lookupRequired: 'Enter the request code',
  },
});

export type RequestStatusMessages = (typeof requestStatusMessages)['it'];
