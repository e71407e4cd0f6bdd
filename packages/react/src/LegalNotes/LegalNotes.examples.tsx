import { defineExamples } from '../utils/examples.js';
import { LegalNotes } from './LegalNotes.js';

export const examples = defineExamples({
  default: {
    name: 'Licenza dei contenuti',
    render: () => <LegalNotes />,
  },
});
