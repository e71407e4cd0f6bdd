import { defineMessages } from '../intl/define.js';

export const errorSummaryMessages = defineMessages({
  it: {
    /** Title of the summary, from the number of errors. */
    title: (n: number) =>
      n === 1 ? 'C’è un errore da correggere' : `Ci sono ${n} errori da correggere`,
  },
  en: {
    title: (n: number) => (n === 1 ? 'There is a problem' : `There are ${n} problems`),
  },
});

export type ErrorSummaryMessages = (typeof errorSummaryMessages)['it'];
