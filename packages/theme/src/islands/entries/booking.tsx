// Client entry of the "booking" island.
import { hydrateIslands } from '../hydrate.js';
import { BookingFlow } from '../components/BookingFlow.js';

hydrateIslands('booking', BookingFlow);
