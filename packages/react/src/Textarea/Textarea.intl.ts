import { defineMessages } from '../intl/define.js';

export const textareaMessages = defineMessages({
  it: {
    /** The character counter under the field. */
    remaining: (n: number) =>
      n >= 0
        ? n === 1
          ? 'Ancora 1 carattere disponibile'
          : `Ancora ${n} caratteri disponibili`
        : `${-n} caratteri di troppo`,
  },
  en: {
    remaining: (n: number) =>
      n >= 0
        ? n === 1
          ? '1 character remaining'
          : `${n} characters remaining`
        : `${-n} characters too many`,
  },
});

export type TextareaMessages = (typeof textareaMessages)['it'] &
  import('../Field/Field.intl.js').FieldMessages;
