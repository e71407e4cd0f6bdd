import { defineMessages } from '../intl/define.js';

export const secondLevelLinksMessages = defineMessages({
  it: {
    /** Text of the link to all the places (`live-button-locations`). */
    allLocations: 'Tutti i luoghi',
    /** Text of the link to all the events (`live-button-events`). */
    allEvents: 'Tutti gli eventi',
  },
  en: {
    allLocations: 'All places',
    allEvents: 'All events',
  },
});

export type SecondLevelLinksMessages = (typeof secondLevelLinksMessages)['it'];
