import { defineMessages } from '../intl/define.js';

export const eventCardMessages = defineMessages({
  it: {
    /** Before the start date of a range ("dal 3 maggio 2025"). */
    from: 'dal',
    /** Before the end date of a range ("al 5 maggio 2025"). */
    to: 'al',
    /** Visually hidden label of the place. */
    place: 'Luogo:',
  },
  en: { from: 'from', to: 'to', place: 'Place:' },
});

export type EventCardMessages = (typeof eventCardMessages)['it'];
