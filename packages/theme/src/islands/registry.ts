// The islands of the theme: each one a component rendered on the server and hydrated on its
// own by a small client entry (src/islands/entries/<name>.tsx).
import type { ComponentType } from 'react';
import {
  BackToTop,
  CookieBar,
  type BackToTopProps,
  type CookieBarProps,
} from '@piazza/react/navigation';
import { HeaderIsland, type HeaderIslandProps } from './components/HeaderIsland.js';
import { RatingIsland, type RatingIslandProps } from './components/RatingIsland.js';
import { SearchPage, type SearchPageProps } from './components/SearchPage.js';
import { BookingIsland, type BookingIslandProps } from './components/BookingIsland.js';
import { ServiceFlowIsland, type ServiceFlowIslandProps } from './components/ServiceFlowIsland.js';
import {
  SegnalazioneIsland,
  type SegnalazioneIslandProps,
} from './components/SegnalazioneIsland.js';
import {
  AreaPersonaleIsland,
  type AreaPersonaleIslandProps,
} from './components/AreaPersonaleIsland.js';
import { AssistanceIsland, type AssistanceIslandProps } from './components/AssistanceIsland.js';

export interface IslandProps {
  header: HeaderIslandProps;
  rating: RatingIslandProps;
  cookiebar: CookieBarProps;
  search: SearchPageProps;
  booking: BookingIslandProps;
  assistance: AssistanceIslandProps;
  backtotop: BackToTopProps;
  serviceflow: ServiceFlowIslandProps;
  segnalazione: SegnalazioneIslandProps;
  areapersonale: AreaPersonaleIslandProps;
}

export type IslandName = keyof IslandProps;

export const ISLANDS: { [K in IslandName]: ComponentType<IslandProps[K]> } = {
  header: HeaderIsland,
  rating: RatingIsland,
  cookiebar: CookieBar,
  search: SearchPage,
  booking: BookingIsland,
  assistance: AssistanceIsland,
  backtotop: BackToTop,
  serviceflow: ServiceFlowIsland,
  segnalazione: SegnalazioneIsland,
  areapersonale: AreaPersonaleIsland,
};

export const ISLAND_NAMES = Object.keys(ISLANDS) as IslandName[];
