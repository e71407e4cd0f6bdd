import { defineMessages } from '../intl/define.js';

export const stepNavMessages = defineMessages({
  it: {
    /** Accessible name of the group of buttons. */
    label: 'Azioni della richiesta',
    back: 'Indietro',
    save: 'Salva richiesta',
    next: 'Avanti',
    submit: 'Invia',
    /** Text of the forward button while busy. */
    busy: 'Invio in corso…',
  },
  en: {
    label: 'Request actions',
    back: 'Back',
    save: 'Save request',
    next: 'Next',
    submit: 'Send',
    busy: 'Sending…',
  },
});

export type StepNavMessages = (typeof stepNavMessages)['it'];
