// The request for assistance (kit: assistenza-01-dati, assistenza-02-conferma): the page index
// "Informazioni richieste", the RichiestaAssistenza island (server-rendered: the form is on the
// page before any script), and "Contatta il comune" below, as in the kit. The confirmation is the
// island's second state, on the same page (its title takes focus).
import { PageHeading } from '@piazza/react';
import { ContactsBox } from '@piazza/react/content';
import { CATEGORIE_SERVIZIO } from '@piazza/vocabularies';
import type { AssistanceCategory } from '@piazza/react/services';
import { backOfficeEndpoints } from '../back-office.js';
import { Island } from '../islands/collector.js';
import { ASSISTANCE_FORM_ID } from '../islands/components/AssistanceIsland.js';
import { url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

/** The service categories that have services, each with its services by title; then "Altro". */
export function assistanceCategories(idx: SiteIndex): AssistanceCategory[] {
  const list: AssistanceCategory[] = [];
  for (const c of CATEGORIE_SERVIZIO) {
    const services = idx.content.servizi
      .filter((s) => s.category === c.label)
      .sort((a, b) => a.title.localeCompare(b.title, 'it'))
      .map((s) => ({ id: s.slug, name: s.title }));
    if (services.length) list.push({ id: c.slug, name: c.label, services });
  }
  list.push({ id: 'altro', name: 'Altro' });
  return list;
}

export function assistenzaPages(idx: SiteIndex): PageDef[] {
  const site = idx.site;
  const title = 'Richiesta di assistenza';
  return [
    {
      path: url.assistance,
      title,
      description: `Chiedi assistenza al ${site.name} su un servizio o un ufficio: ti risponderemo per email.`,
      kind: 'other',
      breadcrumbs: crumbs([title]),
      rating: false,
      searchKind: 'Pagina',
      searchText: 'assistenza aiuto contatti domanda richiesta',
      body: () => (
        <>
          <PageHeading
            contained
            title={title}
            lead="Scrivi al Comune per avere aiuto su un servizio o un ufficio: ti risponderemo all’indirizzo email che indichi."
          />
          <div className="container mb-5">
            <div className="row">
              <nav
                className="col-12 col-lg-3 mb-4 d-none d-lg-block"
                aria-labelledby="assistenza-indice"
              >
                <h2 id="assistenza-indice" className="h6 text-uppercase border-bottom pb-2">
                  Informazioni richieste
                </h2>
                <ul className="link-list list-unstyled">
                  <li>
                    <a className="list-item" href={`#${ASSISTANCE_FORM_ID}-richiedente`}>
                      Richiedente
                    </a>
                  </li>
                  <li>
                    <a className="list-item" href={`#${ASSISTANCE_FORM_ID}-richiesta`}>
                      Richiesta
                    </a>
                  </li>
                </ul>
              </nav>
              <div className="col-12 col-lg-8 offset-lg-1">
                <noscript>
                  <div className="alert alert-info mb-4">
                    <p className="mb-0">
                      Per inviare il modulo serve JavaScript. In alternativa scrivi a{' '}
                      <a href={`mailto:${site.contacts.email}`}>{site.contacts.email}</a> o chiama
                      il {site.contacts.phone}.
                    </p>
                  </div>
                </noscript>
                <Island
                  name="assistance"
                  props={{
                    privacyHref: site.legal.privacyUrl,
                    loginHref: url.login,
                    categories: assistanceCategories(idx),
                    email: site.contacts.email,
                    api: backOfficeEndpoints(site).assistance,
                  }}
                />
              </div>
            </div>
          </div>
          <div className="bg-grey-card py-5">
            <div className="container">
              <div className="row justify-content-center">
                <div className="col-12 col-lg-6">
                  <ContactsBox
                    bookingHref={idx.bookingUrl}
                    faqHref={url.faq}
                    reportHref={url.report}
                    {...(site.contacts.numeroVerde
                      ? { tollFreeNumber: site.contacts.numeroVerde }
                      : {})}
                  />
                </div>
              </div>
            </div>
          </div>
        </>
      ),
    },
  ];
}
