import { FEEDBACK } from '@piazza/vocabularies';
import { defineMessages } from '../intl/define.js';

// The Italian texts the checker compares (C.SI.2.5 / C.SI.2.6) come from @piazza/vocabularies
// (FEEDBACK: checker/feedback-component.json of pa-website-validator-ng v1.1.38). Change them only
// for a site that is not checked.
export const ratingMessages = defineMessages({
  it: {
    /** The question, `feedback-title`: the checker wants exactly this text, on service pages too. */
    title: FEEDBACK.title.text as string,
    /** Accessible name of the group of stars. */
    starsLegend: 'Valuta da 1 a 5 stelle la pagina',
    /** Accessible name of star n. */
    star: (n: number) => `Valuta ${n} stell${n === 1 ? 'a' : 'e'} su 5`,
    /** Follow-up question after 4 or 5 stars (`feedback-rating-question`). */
    positiveQuestion: FEEDBACK.positive.question.text as string,
    /** Answers after 4 or 5 stars (`feedback-rating-answer`), from the checker's list. */
    positiveAnswers: FEEDBACK.positive.answers.texts as readonly string[],
    /** Follow-up question after 1 to 3 stars. */
    negativeQuestion: FEEDBACK.negative.question.text as string,
    /** Answers after 1 to 3 stars, from the checker's list. */
    negativeAnswers: FEEDBACK.negative.answers.texts as readonly string[],
    /** Title of step 2. */
    detailsTitle: FEEDBACK.step2Title as string,
    /** Label of the free-text field (`feedback-input-text`). */
    detailsLabel: 'Dettaglio',
    /** Remaining characters of the free-text field. */
    remaining: (n: number) => (n === 1 ? 'Ti resta 1 carattere' : `Ti restano ${n} caratteri`),
    /** Hint under the free-text field. */
    detailsHint: (max: number) => `Inserire massimo ${max} caratteri.`,
    /** Step indicator. */
    stepOf: (n: number, total: number) => `Passo ${n} di ${total}`,
    back: 'Indietro',
    next: 'Avanti',
    submit: 'Invia',
    /** Shown after sending. */
    thanks: FEEDBACK.thanks as string,
    /** Shown after "Invia" when the rating went nowhere (no endpoint configured). */
    notSent:
      'La tua valutazione non è stata inviata: questo sito non raccoglie ancora le valutazioni.',
    /** While the rating is being sent. */
    sending: 'Invio in corso…',
    /** When sending failed. */
    sendError:
      'Non è stato possibile inviare la valutazione. Riprova: le tue risposte non vanno perse.',
    retry: 'Riprova',
  },
  en: {
    title: 'How clear is the information on this page?',
    starsLegend: 'Rate the page from 1 to 5 stars',
    star: (n: number) => `Rate ${n} star${n === 1 ? '' : 's'} out of 5`,
    positiveQuestion: 'What did you like best?',
    positiveAnswers: [
      'The instructions were clear',
      'The instructions were complete',
      'I always knew I was doing the right thing',
      'I had no technical problems',
      'Other',
    ],
    negativeQuestion: 'Where did you have the most difficulty?',
    negativeAnswers: [
      'Sometimes the instructions were not clear',
      'Sometimes the instructions were not complete',
      'Sometimes I did not know whether I was doing the right thing',
      'I had technical problems',
      'Other',
    ],
    detailsTitle: 'Would you like to add more details?',
    detailsLabel: 'Details',
    remaining: (n: number) => (n === 1 ? '1 character left' : `${n} characters left`),
    detailsHint: (max: number) => `Up to ${max} characters.`,
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    submit: 'Send',
    thanks: 'Thank you, your feedback will help us improve the service!',
    notSent: 'Your rating was not sent: this site does not collect ratings yet.',
    sending: 'Sending…',
    sendError: 'The rating could not be sent. Try again: your answers are not lost.',
    retry: 'Try again',
  },
});

export type RatingMessages = (typeof ratingMessages)['it'];
