import { defineMessages } from '../intl/define.js';

export const backToTopMessages = defineMessages({
  it: {
    /** Accessible name of the link. */
    label: 'Torna su',
  },
  en: {
    label: 'Back to top',
  },
});

export type BackToTopMessages = (typeof backToTopMessages)['it'];
