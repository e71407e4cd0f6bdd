// Client entry of the "rating" island.
import { hydrateIslands } from '../hydrate.js';
import { RatingIsland } from '../components/RatingIsland.js';

hydrateIslands('rating', RatingIsland);
