'use client';
// The area personale as an island: the access (the comune's gateway, or the demo's simulated
// one), then AreaPersonale of @piazza/react (Scrivania, Messaggi, Attività, Servizi); below it,
// always, the status of a request by its code without signing in (CSE.1.9).
import { useEffect, useRef, useState } from 'react';
import {
  AccessOptions,
  AreaPersonale,
  RequestLookup,
  RetryAlert,
  type ApplicationDraft,
  type Citizen,
} from '@piazza/react/services';
import { usePiazza } from '@piazza/react/intl';
import {
  servicesBackend,
  type ServicesBackOffice,
  type SimulationData,
} from './services-backend.js';
import { servicesIslandMessages } from './services-islands.intl.js';

export interface AreaPersonaleIslandProps {
  backOffice?: ServicesBackOffice | undefined;
  simulation: SimulationData;
  /** The flow page of each service, by id (to resume its drafts). */
  flowPages: Record<string, string>;
  /** The page that pays a sum due (a Pagamenti dovuti flow), if any. */
  payPage?: string | undefined;
  servicesHref: string;
  /** Where the gateway sends the citizen back (this page's address). */
  returnTo: string;
}

export function AreaPersonaleIsland({
  backOffice,
  simulation,
  flowPages,
  payPage,
  servicesHref,
  returnTo,
}: AreaPersonaleIslandProps) {
  const { locale } = usePiazza();
  const t = servicesIslandMessages[locale === 'en' ? 'en' : 'it'];
  const [backend] = useState(() => servicesBackend(backOffice, simulation));
  // null on the server and until the identity answers: the access is shown meanwhile.
  const [citizen, setCitizen] = useState<Citizen | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const area = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    const c = new AbortController();
    backend.identity.current(c.signal).then(
      (who) => !c.signal.aborted && (setCitizen(who), setFailed(false)),
      () => !c.signal.aborted && setFailed(true),
    );
    return () => c.abort();
  }, [backend, attempt]);
  // After a sign-in on this page, focus goes to the area's greeting (its first line).
  useEffect(() => {
    const h =
      citizen && moved.current
        ? (area.current?.querySelector<HTMLElement>('.piazza-area-personale > .lead') ??
          area.current?.querySelector<HTMLElement>('.piazza-area-personale'))
        : null;
    if (!h) return;
    h.tabIndex = -1;
    h.focus();
  }, [citizen]);
  return (
    <>
      {citizen ? (
        <div ref={area}>
          <AreaPersonale
            api={backend.api}
            payments={backend.payments}
            citizen={citizen}
            servicesHref={servicesHref}
            resumeHref={(d: ApplicationDraft) => flowPages[d.serviceId] ?? servicesHref}
            {...(payPage ? { payHref: () => payPage } : {})}
          />
        </div>
      ) : (
        <section className="mb-5" aria-labelledby="pz-area-accesso">
          <h2 id="pz-area-accesso" className="h3 mb-3">
            {t.accessTitle}
          </h2>
          {failed ? (
            <RetryAlert
              message={t.loadError}
              retryLabel={t.retry}
              onRetry={() => setAttempt((a) => a + 1)}
            />
          ) : null}
          <p>{t.areaAccessText}</p>
          <AccessOptions
            identity={backend.identity}
            returnTo={returnTo}
            onSignedIn={(c) => {
              moved.current = true;
              setCitizen(c);
            }}
            onError={() => setFailed(true)}
            headingLevel={3}
            showText={false}
            messages={t}
          />
        </section>
      )}
      <section className="mb-5" aria-labelledby="pz-area-stato">
        <h2 id="pz-area-stato" className="h3 mb-3">
          {t.lookupTitle}
        </h2>
        <p>{t.lookupText}</p>
        <RequestLookup api={backend.api} headingLevel={3} />
      </section>
    </>
  );
}
