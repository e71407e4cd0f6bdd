// Client entry of the "search" island.
import { hydrateIslands } from '../hydrate.js';
import { SearchPage } from '../components/SearchPage.js';

hydrateIslands('search', SearchPage);
