import { defineMessages } from '../intl/messages.js';

export const fieldMessages = defineMessages({
  it: {
    /** The line above a form that explains the asterisk. */
    requiredNote: 'I campi contraddistinti dal simbolo asterisco sono obbligatori',
    /** Visually hidden prefix read before each error message. */
    errorPrefix: 'Errore:',
  },
  en: {
    requiredNote: 'Fields marked with an asterisk are required',
    errorPrefix: 'Error:',
  },
});

export type FieldMessages = (typeof fieldMessages)['it'];
