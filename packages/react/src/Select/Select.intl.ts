import { defineMessages } from '../intl/define.js';

export const selectMessages = defineMessages({
  it: {
    /** Text of the empty first option. */
    placeholder: 'Seleziona un’opzione',
  },
  en: {
    placeholder: 'Select an option',
  },
});

export type SelectMessages = (typeof selectMessages)['it'] &
  import('../Field/Field.intl.js').FieldMessages;
