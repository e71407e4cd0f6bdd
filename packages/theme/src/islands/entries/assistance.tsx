// Client entry of the "assistance" island.
import { hydrateIslands } from '../hydrate.js';
import { AssistanceIsland } from '../components/AssistanceIsland.js';

hydrateIslands('assistance', AssistanceIsland);
