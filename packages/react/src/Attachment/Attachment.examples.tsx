import { defineExamples } from '../utils/examples.js';
import { Attachment } from './Attachment.js';

export const examples = defineExamples({
  serviceFile: {
    name: 'Condizioni di servizio',
    description: 'Il documento delle condizioni porta `service-file` (C.SI.1.3).',
    render: () => (
      <Attachment
        title="Termini e condizioni di servizio"
        href="/documenti/condizioni-cie.pdf"
        format="pdf"
        size={1258291}
        dataElement="service-file"
      />
    ),
  },
  written: {
    name: 'Dimensione già scritta',
    render: () => (
      <Attachment
        title="Modulo di richiesta"
        href="/documenti/modulo.odt"
        format="ODT"
        size="350 KB"
        download
      />
    ),
  },
});
