// Client entry of the "rating" island.
import { hydrateIslands } from '../hydrate.js';
import { RatingWidget } from '../components/RatingWidget.js';

hydrateIslands('rating', RatingWidget);
