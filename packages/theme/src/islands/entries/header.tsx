// Client entry of the "header" island.
import { hydrateIslands } from '../hydrate.js';
import { HeaderIsland } from '../components/HeaderIsland.js';

hydrateIslands('header', HeaderIsland);
