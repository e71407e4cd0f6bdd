export { PersonCard, type PersonCardProps } from './PersonCard.js';
