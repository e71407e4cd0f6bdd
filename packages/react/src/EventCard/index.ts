export { EventCard, type EventCardProps } from './EventCard.js';
export { eventCardMessages, type EventCardMessages } from './EventCard.intl.js';
