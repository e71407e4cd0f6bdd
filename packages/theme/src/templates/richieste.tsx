// The digital services of the avviso 1.4.1 (CSE.*): the online request of each service with a
// flow (`<scheda>/richiesta/`), the segnalazione disservizio (C.SI.2.4) and the area personale.
// Each page renders the first step on the server (the access, CSE.1.1) and hydrates one island
// lazily; without JavaScript it says so and shows the other ways to reach the comune.
import type { ReactNode } from 'react';
import { findTipoFlusso } from '@piazza/vocabularies';
import type { PaymentDue, ServiceDefinition } from '@piazza/react/services';
import { backOfficeEndpoints } from '../back-office.js';
import type { Servizio } from '../content/index.js';
import {
  requestCompletion,
  requestFields,
  requestPayment,
} from '../content/collections/richiesta.js';
import type { ServicesBackOffice, SimulationData } from '../islands/components/services-backend.js';
import { Island } from '../islands/collector.js';
import { ContactCard, PageHeading } from '@piazza/react';
import { SiteContacts } from './parts.js';
import { SECTIONS, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

/** Days within which the comune answers a segnalazione (CSE.1.10). */
export const REPORT_MAX_DAYS = 30;

/** The anchor of the page's rating widget (Layout), suggested at the end of a flow (CSE.1.7). */
export const RATING_ANCHOR = '#valutazione';

/**
 * The sums owed in the demo (the simulation of pagoPA, without Site.servicesApi): a citizen
 * finds one by its notice code on a "Pagamenti dovuti" flow and pays it (simulated).
 */
export const DEMO_DUES: PaymentDue[] = [
  {
    noticeCode: '301000000000202601',
    description: 'TARI 2026 – prima rata',
    amount: 12850,
    dueDate: '2026-05-31',
    status: 'due',
  },
];

/**
 * The online request of a service, as typed data, from its content: the `request` section of the
 * scheda (its fields, documents, payment, completion), the flow type, the maximum time and the
 * site's privacy notice. Undefined when the service has no `request`, or an external
 * online address (`accediAlServizio.online`: the comune's own platform; the content validation
 * refuses both at once).
 */
export function flowDefinition(idx: SiteIndex, s: Servizio): ServiceDefinition | undefined {
  const r = s.request;
  if (!r || !s.flowType || !s.maxDays || s.accediAlServizio.online) return undefined;
  const flowType = findTipoFlusso(s.flowType)?.slug as ServiceDefinition['flowType'] | undefined;
  if (!flowType) return undefined;
  return {
    id: s.slug,
    name: s.title,
    flowType,
    maxDays: s.maxDays,
    privacyHref: idx.site.legal.privacyUrl,
    fields: requestFields(r),
    ...(r.payment ? { payment: requestPayment(r.payment) } : {}),
    ...(r.completion ? { completion: requestCompletion(r) } : {}),
    ...(r.editable ? { editable: r.editable } : {}),
  };
}

/** The page of a service's online request. */
export function flowUrl(idx: SiteIndex, s: Servizio): string {
  return `${idx.serviceUrl(s)}richiesta/`;
}

/** Every service with an online flow, with its definition and page. */
export function flowServices(
  idx: SiteIndex,
): { servizio: Servizio; service: ServiceDefinition; href: string }[] {
  return idx.content.servizi.flatMap((servizio) => {
    const service = flowDefinition(idx, servizio);
    return service ? [{ servizio, service, href: flowUrl(idx, servizio) }] : [];
  });
}

/** Site.servicesApi, as the islands take it (applications: its own, or Site.backOffice's). */
function backOfficeOf(idx: SiteIndex): ServicesBackOffice | undefined {
  const api = idx.site.servicesApi;
  const applications = backOfficeEndpoints(idx.site).applications;
  return api && applications
    ? { ...api, applications, spidProviders: api.spidProviders.map((p) => ({ ...p })) }
    : undefined;
}

/** What the demo's simulation needs (maximum times, ranked services, sums owed). */
function simulationOf(idx: SiteIndex): SimulationData {
  const flows = flowServices(idx);
  if (backOfficeOf(idx)) return { maxDays: {} };
  return {
    maxDays: {
      ...Object.fromEntries(flows.map((f) => [f.service.id, f.service.maxDays])),
      'segnalazione-disservizio': REPORT_MAX_DAYS,
    },
    rankedServices: Object.fromEntries(
      flows.filter((f) => f.service.completion?.length).map((f) => [f.service.id, f.href]),
    ),
    dues: DEMO_DUES,
  };
}

/** The message for a browser that runs no JavaScript, with the other ways to the comune. */
function NoScript({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <div className="alert alert-warning mb-4" role="note">
        {children}
      </div>
    </noscript>
  );
}

/** A note shown only while the services run on the demo's simulation. */
function SimulationNote({ children }: { children: ReactNode }) {
  return <div className="callout note mb-4">{children}</div>;
}

export function richiestePages(idx: SiteIndex): PageDef[] {
  const site = idx.site;
  const backOffice = backOfficeOf(idx);
  const simulation = simulationOf(idx);
  const flows = flowServices(idx);
  const contacts = <SiteContacts site={site} />;
  const common = {
    simulation,
    statusHref: url.login,
    ratingHref: RATING_ANCHOR,
    ...(backOffice ? { backOffice } : {}),
  };
  const pages: PageDef[] = [];
  const base = site.baseUrl.replace(/\/$/, '');

  for (const { servizio: s, service, href } of flows) {
    const office = idx.uffici.get(s.contatti);
    const due = service.flowType === 'pagamenti-dovuti';
    pages.push({
      path: href,
      title: `${s.title}: richiesta online`,
      description: `Presenta online la richiesta: ${s.description}`,
      kind: 'other',
      section: 'all-services',
      breadcrumbs: crumbs(
        [SECTIONS.services.label, url.services],
        [s.category, url.category(s.category)],
        [s.title, idx.serviceUrl(s)],
        ['Richiesta online'],
      ),
      rating: true,
      searchKind: 'Richiesta online',
      searchText: s.category,
      body: () => (
        <>
          <PageHeading contained title={s.title} lead="Richiesta online" />
          <div className="container mb-5">
            <div className="row">
              <div className="col-lg-8">
                <NoScript>
                  <p className="mb-2">
                    Per compilare la richiesta online il browser deve poter eseguire JavaScript, che
                    ora è disattivato o non disponibile.
                  </p>
                  <p className="mb-0">
                    Puoi attivarlo e ricaricare la pagina, oppure presentare la richiesta allo
                    sportello o contattare l’ufficio: le indicazioni sono nella{' '}
                    <a href={`${idx.serviceUrl(s)}#accedi-al-servizio`}>scheda del servizio</a>.
                  </p>
                </NoScript>
                {backOffice ? null : (
                  <SimulationNote>
                    <p className="mb-0">
                      Sito dimostrativo: accesso, invio e pagamento sono simulati in questo browser;
                      nessun dato lascia il dispositivo.
                      {due
                        ? ` Per provare, cerca il codice avviso ${DEMO_DUES[0]!.noticeCode}.`
                        : ''}
                    </p>
                  </SimulationNote>
                )}
                <Island
                  name="serviceflow"
                  props={{ service, ...common, ...(backOffice ? { returnTo: base + href } : {}) }}
                />
              </div>
              <div className="col-lg-4">
                {office ? (
                  <ContactCard
                    title={office.title}
                    {...(office.address ? { address: office.address } : {})}
                    {...(office.phone ? { phone: office.phone } : {})}
                    {...(office.email ? { email: office.email } : {})}
                    links={[{ label: 'Scheda del servizio', href: idx.serviceUrl(s) }]}
                  />
                ) : (
                  contacts
                )}
              </div>
            </div>
          </div>
        </>
      ),
    });
  }

  const reportMail = `mailto:${site.contacts.email}?subject=${encodeURIComponent('Segnalazione disservizio')}`;
  pages.push({
    path: url.report,
    title: 'Segnalazione disservizio',
    description: `Segnala un disservizio al ${site.name}.`,
    kind: 'other',
    breadcrumbs: crumbs(['Segnalazione disservizio']),
    rating: true,
    searchKind: 'Pagina',
    body: () => (
      <>
        <PageHeading
          contained
          title="Segnalazione disservizio"
          lead="Segnala un problema con un servizio del Comune o con questo sito: buche, illuminazione, rifiuti, pagine che non funzionano."
        />
        <div className="container mb-5">
          <div className="row">
            <div className="col-lg-8">
              <NoScript>
                <p className="mb-2">
                  Il modulo di segnalazione ha bisogno di JavaScript, che ora è disattivato o non
                  disponibile.
                </p>
                <p className="mb-0">
                  Puoi inviare la segnalazione per email: <a href={reportMail}>scrivi al Comune</a>{' '}
                  indicando luogo, data e descrizione del problema.
                </p>
              </NoScript>
              {backOffice ? null : (
                <SimulationNote>
                  <p className="mb-0">
                    Sito dimostrativo: accesso e invio sono simulati in questo browser; nessun dato
                    lascia il dispositivo.
                  </p>
                </SimulationNote>
              )}
              <Island
                name="segnalazione"
                props={{
                  privacyHref: site.legal.privacyUrl,
                  maxDays: REPORT_MAX_DAYS,
                  ...common,
                  ...(backOffice ? { returnTo: base + url.report } : {}),
                }}
              />
              <p className="mt-4">
                Per le emergenze chiama il 112. Per i guasti alla rete idrica e all’illuminazione
                pubblica resta attivo il numero del centralino {site.contacts.phone}.
              </p>
            </div>
            <div className="col-lg-4">{contacts}</div>
          </div>
        </div>
      </>
    ),
  });

  const payPage = flows.find((f) => f.service.flowType === 'pagamenti-dovuti')?.href;
  pages.push({
    path: url.login,
    title: 'Area personale',
    description: `L’area personale dei servizi online del ${site.name}.`,
    kind: 'other',
    breadcrumbs: crumbs(['Area personale']),
    rating: false,
    searchKind: 'Pagina',
    body: () => (
      <>
        <PageHeading
          contained
          title="Area personale"
          lead="Le tue richieste e il loro stato, le bozze da riprendere, i pagamenti, gli appuntamenti e i messaggi del Comune."
        />
        <div className="container mb-5">
          <NoScript>
            <p className="mb-0">
              L’area personale ha bisogno di JavaScript, che ora è disattivato o non disponibile.
              Per sapere lo stato di una richiesta puoi anche contattare l’ufficio che la segue (lo
              trovi nella scheda del servizio) indicando il codice della richiesta.
            </p>
          </NoScript>
          {backOffice ? null : (
            <SimulationNote>
              <p className="mb-0">
                Sito dimostrativo: l’accesso è simulato e le richieste sono quelle inviate da questo
                browser.
              </p>
            </SimulationNote>
          )}
          <Island
            name="areapersonale"
            props={{
              simulation,
              ...(backOffice ? { backOffice } : {}),
              flowPages: Object.fromEntries(flows.map((f) => [f.service.id, f.href])),
              ...(payPage ? { payPage } : {}),
              servicesHref: url.services,
              returnTo: `${base}${url.login}`,
            }}
          />
          {flows.length > 0 ? (
            <section className="mt-5" aria-labelledby="servizi-online">
              <h2 id="servizi-online" className="h3 mb-3">
                Servizi online
              </h2>
              <ul>
                {flows.map((f) => (
                  <li key={f.href}>
                    <a href={f.href}>{f.servizio.title}</a>
                  </li>
                ))}
                <li>
                  <a href={url.report}>Segnalazione disservizio</a>
                </li>
              </ul>
            </section>
          ) : null}
        </div>
      </>
    ),
  });
  return pages;
}
