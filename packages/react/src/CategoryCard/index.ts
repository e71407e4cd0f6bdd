export {
  CategoryCard,
  type CategoryCardProps,
  type CategorySection,
  type CategoryLink,
} from './CategoryCard.js';
