import { defineExamples } from '../utils/examples.js';
import { RequiredFieldsNote } from './Field.js';

export const examples = defineExamples({
  requiredNote: {
    name: 'Nota sui campi obbligatori',
    description: 'La riga che spiega l’asterisco dei campi obbligatori, una volta sopra il modulo.',
    render: () => <RequiredFieldsNote />,
  },
});
