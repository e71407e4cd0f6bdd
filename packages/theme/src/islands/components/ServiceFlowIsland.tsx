'use client';
// The online request of a service (`<scheda>/richiesta/`) as an island: the ServiceFlow of
// @piazza/react with the service's definition (the recipe of its flow type). The server renders
// the access step (CSE.1.1); the browser asks the identity who is signed in. With
// Site.servicesApi it talks to the comune's back offices, otherwise to the demo's simulation
// kept in this browser (services-backend.ts). `?completa=<codice>` on a "Domande con
// graduatoria" page completes an admitted request (perfezionamento).
import { useEffect, useState } from 'react';
import { ServiceFlow, type ServiceDefinition } from '@piazza/react/services';
import {
  servicesBackend,
  type ServicesBackOffice,
  type SimulationData,
} from './services-backend.js';

export interface ServiceFlowIslandProps {
  service: ServiceDefinition;
  /** Site.servicesApi; without it, the simulation. */
  backOffice?: ServicesBackOffice | undefined;
  simulation: SimulationData;
  /** The request's status (the area personale). */
  statusHref: string;
  /** The rating of the page, suggested at the end (CSE.1.7). */
  ratingHref?: string | undefined;
  /** Where the comune's gateway and pagoPA send the citizen back (this page's address). */
  returnTo?: string | undefined;
}

export function ServiceFlowIsland({
  service,
  backOffice,
  simulation,
  statusHref,
  ratingHref,
  returnTo,
}: ServiceFlowIslandProps) {
  const [backend] = useState(() => servicesBackend(backOffice, simulation));
  // Read after hydration (the server renders the request itself, never a completion).
  const [completes, setCompletes] = useState<string | undefined>();
  useEffect(() => {
    if (!service.completion?.length) return;
    const code = new URLSearchParams(window.location.search).get('completa')?.trim();
    if (code && /^[\w-]{3,40}$/.test(code)) setCompletes(code);
  }, [service.completion]);
  return (
    <ServiceFlow
      key={completes ?? ''}
      service={service}
      api={backend.api}
      identity={backend.identity}
      payments={backend.payments}
      citizen={null}
      statusHref={statusHref}
      {...(completes ? { completes } : {})}
      {...(ratingHref ? { ratingHref } : {})}
      {...(returnTo ? { returnTo } : {})}
    />
  );
}
