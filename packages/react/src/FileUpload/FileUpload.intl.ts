import { defineMessages } from '../intl/define.js';

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
    /** Before the name of a refused file; the limit it breaks follows (`types` or `maxSize`). */
    refused: 'File non aggiunto:',
    /** The limits, shown under the label and after a refused file. */
    types: 'Formati ammessi:',
    maxSize: 'Dimensione massima:',
    /** Visually hidden prefix read before the error message (as in every field). */
    errorPrefix: 'Errore:',
  },
  en: {
    listLabel: 'Selected files',
    remove: 'Remove',
    added: 'File added:',
    removed: 'File removed:',
    refused: 'File not added:',
    types: 'Accepted formats:',
    maxSize: 'Maximum size:',
    errorPrefix: 'Error:',
  },
});

export type FileUploadMessages = (typeof fileUploadMessages)['it'] &
  import('../Field/Field.intl.js').FieldMessages;
