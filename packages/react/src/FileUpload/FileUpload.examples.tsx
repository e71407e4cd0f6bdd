import { defineExamples } from '../utils/examples.js';
import { FileUpload } from './FileUpload.js';

export const examples = defineExamples({
  default: {
    name: 'Caricamento di file',
    description:
      'Tipi e dimensione controllati alla scelta; i file scelti sono elencati con "Rimuovi".',
    render: () => (
      <FileUpload
        label="Carica il documento d’identità"
        name="documento"
        accept={['.pdf', '.jpg', '.png']}
        maxSize={5 * 1024 * 1024}
        multiple
        required
      />
    ),
  },
  error: {
    name: 'Con errore',
    render: () => (
      <FileUpload
        label="Carica la planimetria"
        name="planimetria"
        accept={['.pdf']}
        maxSize={10 * 1024 * 1024}
        required
        error="Carica la planimetria in formato PDF"
      />
    ),
  },
});
