// Client entry of the "cookiebar" island.
import { CookieBar } from '@piazza/react';
import { hydrateIslands } from '../hydrate.js';

hydrateIslands('cookiebar', CookieBar);
