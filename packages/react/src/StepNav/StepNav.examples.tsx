import { defineExamples } from '../utils/examples.js';
import { StepNav } from './StepNav.js';

const noop = () => undefined;

export const examples = defineExamples({
  middle: {
    name: 'Passo intermedio',
    render: () => <StepNav onBack={noop} onSave={noop} onNext={noop} />,
  },
  last: {
    name: 'Ultimo passo (Invia)',
    render: () => <StepNav onBack={noop} onSave={noop} onNext={noop} last />,
  },
  busy: {
    name: 'Invio in corso',
    render: () => <StepNav onBack={noop} onNext={noop} last busy />,
  },
});
