// Public exports of this area (see src/index.ts): cards, lists, the service page, topics, FAQ,
// contacts, the rating widget and the Bootstrap Italia icon.
export * from './Icon/index.js';
export * from './ServiceCard/index.js';
export * from './CategoryCard/index.js';
export * from './NewsCard/index.js';
export * from './EventCard/index.js';
export * from './PlaceCard/index.js';
export * from './TopicCard/index.js';
export * from './ContactCard/index.js';
export * from './PersonCard/index.js';
export * from './Attachment/index.js';
export * from './CardList/index.js';
export * from './CardList/load-more.js';
export * from './ServicePage/index.js';
export * from './DetailPage/index.js';
export * from './TopicChip/index.js';
export * from './TopicsGrid/index.js';
export * from './Faq/index.js';
export * from './ContactsBox/index.js';
export * from './Rating/index.js';
export type { CardImageProps, CardImageSource } from './utils/card-image.js';
