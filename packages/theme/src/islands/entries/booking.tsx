// Client entry of the "booking" island.
import { hydrateIslands } from '../hydrate.js';
import { BookingIsland } from '../components/BookingIsland.js';

hydrateIslands('booking', BookingIsland);
