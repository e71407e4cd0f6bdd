export { RequiredFieldsNote, type RequiredFieldsNoteProps, type FieldBaseProps } from './Field.js';
export { fieldMessages, type FieldMessages } from './Field.intl.js';
