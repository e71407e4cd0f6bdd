import { defineMessages } from '../intl/define.js';

export const stepperMessages = defineMessages({
  it: {
    /** Accessible name of the steps' navigation. */
    label: 'Passaggi della richiesta',
    /** Visually hidden word before a step number. */
    step: 'Passo',
    /** Visually hidden mark of a completed step. */
    completed: '(completato)',
    /** Announced when the current step changes. */
    announce: (n: number, total: number, label: string) => `Passo ${n} di ${total}: ${label}`,
  },
  en: {
    label: 'Steps of the request',
    step: 'Step',
    completed: '(completed)',
    announce: (n: number, total: number, label: string) => `Step ${n} of ${total}: ${label}`,
  },
});

export type StepperMessages = (typeof stepperMessages)['it'];
