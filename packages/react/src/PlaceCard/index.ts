export { PlaceCard, type PlaceCardProps } from './PlaceCard.js';
export { placeCardMessages, type PlaceCardMessages } from './PlaceCard.intl.js';
