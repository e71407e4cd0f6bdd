'use client';
// The segnalazione disservizio (C.SI.2.4) as an island: SegnalazioneDisservizio of
// @piazza/react on the back office of Site.servicesApi, or on the demo's simulation.
import { useState } from 'react';
import { SegnalazioneDisservizio } from '@piazza/react/services';
import {
  servicesBackend,
  type ServicesBackOffice,
  type SimulationData,
} from './services-backend.js';

export interface SegnalazioneIslandProps {
  privacyHref: string;
  /** Days within which the comune answers (CSE.1.10). */
  maxDays: number;
  backOffice?: ServicesBackOffice | undefined;
  simulation: SimulationData;
  statusHref: string;
  ratingHref?: string | undefined;
  /** Where the comune's gateway and pagoPA send the citizen back (this page's address). */
  returnTo?: string | undefined;
}

export function SegnalazioneIsland({
  privacyHref,
  maxDays,
  backOffice,
  simulation,
  statusHref,
  ratingHref,
  returnTo,
}: SegnalazioneIslandProps) {
  const [backend] = useState(() => servicesBackend(backOffice, simulation));
  return (
    <SegnalazioneDisservizio
      privacyHref={privacyHref}
      maxDays={maxDays}
      api={backend.api}
      identity={backend.identity}
      citizen={null}
      statusHref={statusHref}
      {...(ratingHref ? { ratingHref } : {})}
      {...(returnTo ? { returnTo } : {})}
    />
  );
}
