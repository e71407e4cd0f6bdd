// Texts and data-elements of the rating component (valutazione), criteria C.SI.2.5 and C.SI.2.6.
// Source: checker/feedback-component.json, italia/pa-website-validator-ng v1.1.38 (commit bb31fe9).
// step2Title: the rating step list of italia/design-comuni-pagine-statiche v2.4.0 (templates-step-lists.json);
// thanks: the rating component of the same templates (cmp-rating, "Grazie, il tuo parere…").
// The templates' service-page title "Quanto è stato facile usare questo servizio?" is rejected by the
// checker: the same title is used on every page.
import { deepFreeze } from './freeze.js';

export const FEEDBACK = deepFreeze({
  dataElement: 'feedback',
  title: {
    dataElement: 'feedback-title',
    text: 'Quanto sono chiare le informazioni su questa pagina?',
  },
  rate: {
    /** Prefix: feedback-rate-1 … feedback-rate-5. */
    dataElementPrefix: 'feedback-rate-',
    count: 5,
    /** Ratings up to this value show the negative follow-up, above it the positive one. */
    positiveThreshold: 3,
  },
  positive: {
    dataElement: 'feedback-rating-positive',
    question: {
      dataElement: 'feedback-rating-question',
      text: 'Quali sono stati gli aspetti che hai preferito?',
    },
    answers: {
      dataElement: 'feedback-rating-answer',
      texts: [
        'Le indicazioni erano chiare',
        'Le indicazioni erano complete',
        'Capivo sempre che stavo procedendo correttamente',
        'Non ho avuto problemi tecnici',
        'Altro',
      ],
    },
  },
  negative: {
    dataElement: 'feedback-rating-negative',
    question: {
      dataElement: 'feedback-rating-question',
      text: 'Dove hai incontrato le maggiori difficoltà?',
    },
    answers: {
      dataElement: 'feedback-rating-answer',
      texts: [
        'A volte le indicazioni non erano chiare',
        'A volte le indicazioni non erano complete',
        'A volte non capivo se stavo procedendo correttamente',
        'Ho avuto problemi tecnici',
        'Altro',
      ],
    },
  },
  step2Title: 'Vuoi aggiungere altri dettagli?',
  inputText: { dataElement: 'feedback-input-text' },
  thanks: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
} as const);

/** True when rating `n` (1–5) must show the positive follow-up (4, 5); false for the negative one (1–3). */
export function isPositiveRating(n: number): boolean {
  return n > FEEDBACK.rate.positiveThreshold;
}
