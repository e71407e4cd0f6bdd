export {
  Rating,
  type RatingProps,
  type RatingValue,
  type RatingStep,
  type RatingSubmission,
  type RatingOutcome,
} from './Rating.js';
export { ratingMessages, type RatingMessages } from './Rating.intl.js';
