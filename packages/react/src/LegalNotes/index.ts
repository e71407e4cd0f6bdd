export { LegalNotes, type LegalNotesProps } from './LegalNotes.js';
export { legalNotesMessages, type LegalNotesMessages } from './LegalNotes.intl.js';
