import { defineMessages } from '../intl/define.js';

export const placeCardMessages = defineMessages({
  it: { /** Visually hidden label of the address. */ address: 'Indirizzo:' },
  en: { address: 'Address:' },
});

export type PlaceCardMessages = (typeof placeCardMessages)['it'];
