import { defineMessages } from '../intl/messages.js';

export const fileUploadMessages = defineMessages({
  it: {
    /** Heading of the list of chosen files (visually hidden). */
    listLabel: 'File selezionati',
    /** Visible text of the remove button (followed by the file name, visually hidden). */
    remove: 'Rimuovi',
    /** Announced after a file is added. */
    added: (name: string) => `File aggiunto: ${name}`,
    /** Announced after a file is removed. */
    removed: (name: string) => `File rimosso: ${name}`,
    /** A file of a type that is not accepted. */
    wrongType: (name: string, types: string) =>
      `Il file ${name} non è di un tipo ammesso (${types}).`,
    /** A file larger than the limit. */
    tooBig: (name: string, max: string) =>
      `Il file ${name} supera la dimensione massima di ${max}.`,
    /** Too many files. */
    tooMany: (max: number) => `Puoi allegare al massimo ${max} file.`,
    /** The limits, shown under the label. */
    limits: (types: string, max: string) =>
      [types && `Formati ammessi: ${types}.`, max && `Dimensione massima: ${max}.`]
        .filter(Boolean)
        .join(' '),
  },
  en: {
    listLabel: 'Selected files',
    remove: 'Remove',
    added: (name: string) => `File added: ${name}`,
    removed: (name: string) => `File removed: ${name}`,
    wrongType: (name: string, types: string) =>
      `The file ${name} is not of an accepted type (${types}).`,
    tooBig: (name: string, max: string) => `The file ${name} is larger than ${max}.`,
    tooMany: (max: number) => `You can attach at most ${max} files.`,
    limits: (types: string, max: string) =>
      [types && `Accepted formats: ${types}.`, max && `Maximum size: ${max}.`]
        .filter(Boolean)
        .join(' '),
  },
});

export type FileUploadMessages = (typeof fileUploadMessages)['it'] &
  import('../Field/Field.intl.js').FieldMessages;
