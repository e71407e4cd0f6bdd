export {
  Rating,
  type RatingProps,
  type RatingValue,
  type RatingStep,
  type RatingSubmission,
} from './Rating.js';
export { ratingMessages, type RatingMessages } from './Rating.intl.js';
