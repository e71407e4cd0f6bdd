import { defineMessages } from '../intl/define.js';

/**
 * The texts every field shows (the prefix of its error). Kept apart from `requiredNote` so a
 * field's bundle does not carry the note it never shows; `fieldMessages` holds both.
 */
export const fieldErrorMessages = defineMessages({
  it: {
    /** Visually hidden prefix read before each error message. */
    errorPrefix: 'Errore:',
  },
  en: {
    errorPrefix: 'Error:',
  },
});

// Pure: bundlers drop it from fields that only show errors (the call is not assumed side-effect free).
export const fieldMessages = /* @__PURE__ */ defineMessages({
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
