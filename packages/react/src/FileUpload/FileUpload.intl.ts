import { defineMessages } from '../intl/messages.js';

export const fileUploadMessages = defineMessages({
  it: {
    /** Accessible name of the list of chosen files. */
    listLabel: 'File selezionati',
    /** Visible text of the remove button (followed by the file name, visually hidden). */
    remove: 'Rimuovi',
    /** Announced before the names of the files added. */
    added: 'File aggiunto:',
    /** Announced before the name of the file removed. */
    removed: 'File rimosso:',
    /** A refused file: its name and why. */
    refused: 'Il file non è stato aggiunto:',
    wrongType: 'tipo non ammesso',
    tooBig: 'supera la dimensione massima',
    /** The limits, shown under the label. */
    types: 'Formati ammessi:',
    maxSize: 'Dimensione massima:',
  },
  en: {
    listLabel: 'Selected files',
    remove: 'Remove',
    added: 'File added:',
    removed: 'File removed:',
    refused: 'The file was not added:',
    wrongType: 'type not accepted',
    tooBig: 'larger than the maximum size',
    types: 'Accepted formats:',
    maxSize: 'Maximum size:',
  },
});

export type FileUploadMessages = (typeof fileUploadMessages)['it'] &
  import('../Field/Field.intl.js').FieldMessages;
