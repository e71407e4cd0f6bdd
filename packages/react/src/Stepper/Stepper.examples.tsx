import { defineExamples } from '../utils/examples.js';
import { Stepper } from './Stepper.js';

const steps = ['Luogo', 'Data e orario', 'Dettagli appuntamento', 'Richiedente', 'Riepilogo'];

export const examples = defineExamples({
  first: {
    name: 'Primo passo',
    render: () => <Stepper steps={steps} current={0} />,
  },
  middle: {
    name: 'Passi completati navigabili',
    description: 'I passi completati sono pulsanti per tornarci (CSE.1.8).',
    render: () => <Stepper steps={steps} current={2} onStepSelect={() => undefined} />,
  },
});
