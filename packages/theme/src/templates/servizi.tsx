// Servizi: the first-level page, the 15 category pages and every scheda servizio (C.SI.1.3).
import {
  CategoryCard,
  PageHeading,
  ServiceCard,
  ServicePage,
  type CardListEntry,
  type ServicePageData,
} from '@piazza/react';
import { CATEGORIE_SERVIZIO } from '@piazza/vocabularies';
import type { Servizio, UnitaOrganizzativa } from '../content/index.js';
import { Cards, Md, assetHref } from './parts.js';
import { plainText } from './markdown.js';
import { SECTIONS, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';
import { flowDefinition, flowUrl } from './richieste.js';

export function serviceCard(idx: SiteIndex, s: Servizio, withCategory = true): CardListEntry {
  return {
    key: idx.serviceUrl(s),
    card: (
      <ServiceCard
        title={s.title}
        href={idx.serviceUrl(s)}
        description={s.description}
        {...(withCategory ? { category: s.category, categoryHref: url.category(s.category) } : {})}
      />
    ),
  };
}

function BookingLink({ idx }: { idx: SiteIndex }) {
  return (
    <a className="btn btn-primary mb-4" href={idx.bookingUrl} data-element="appointment-booking">
      Prenota appuntamento
    </a>
  );
}

export function serviziPages(idx: SiteIndex): PageDef[] {
  const { servizi } = idx.content;
  const sorted = [...servizi].sort((a, b) => a.title.localeCompare(b.title, 'it'));
  const pages: PageDef[] = [];
  const section = SECTIONS.services;

  pages.push({
    path: url.services,
    title: section.label,
    description: section.description ?? 'I servizi del Comune.',
    kind: 'first-level',
    section: 'all-services',
    breadcrumbs: crumbs([section.label]),
    rating: true,
    searchKind: 'Sezione',
    body: () => (
      <>
        <PageHeading contained title={section.label} lead={section.description}>
          <BookingLink idx={idx} />
        </PageHeading>
        <section className="container mb-5" aria-labelledby="categorie">
          <h2 id="categorie" className="mb-4">
            Esplora per categoria
          </h2>
          <Cards
            entries={CATEGORIE_SERVIZIO.map((c) => ({
              key: c.slug,
              card: (
                <CategoryCard
                  section="all-services"
                  title={c.label}
                  href={url.category(c.label)}
                  description={c.description}
                />
              ),
            }))}
          />
        </section>
        <section className="container mb-5" aria-labelledby="tutti-i-servizi">
          <h2 id="tutti-i-servizi" className="mb-4">
            Tutti i servizi
          </h2>
          <p>{`${String(sorted.length)} servizi trovati in ordine alfabetico`}</p>
          <Cards
            entries={sorted.map((s) => serviceCard(idx, s))}
            loadMore={{ label: 'Carica altri servizi', pageSize: 24 }}
          />
        </section>
      </>
    ),
  });

  for (const c of CATEGORIE_SERVIZIO) {
    const list = sorted.filter((s) => s.category === c.label);
    pages.push({
      path: url.category(c.label),
      title: c.label,
      description: c.description,
      kind: 'second-level',
      section: 'all-services',
      breadcrumbs: crumbs([section.label, url.services], [c.label]),
      rating: true,
      searchKind: 'Categoria di servizi',
      body: () => (
        <>
          <PageHeading contained title={c.label} lead={c.description}>
            <BookingLink idx={idx} />
          </PageHeading>
          <section className="container mb-5" aria-labelledby="servizi-categoria">
            <h2 id="servizi-categoria" className="mb-4">
              Servizi
            </h2>
            <Cards
              entries={list.map((s) => serviceCard(idx, s, false))}
              empty="In questa categoria non ci sono ancora servizi."
              loadMore={{ label: 'Carica altri servizi', pageSize: 24 }}
            />
          </section>
        </>
      ),
    });
  }

  for (const s of servizi) pages.push(servicePage(idx, s));
  return pages;
}

function parseAddress(address: string) {
  const m = /^(.*?),\s*(\d{5})\s+(.+?)(?:\s*\([A-Z]{2}\))?$/.exec(address.trim());
  return m ? { streetAddress: m[1]!, postalCode: m[2]!, addressLocality: m[3]! } : undefined;
}

/**
 * The scheda servizio (C.SI.1.3): `ServicePage` of @piazza/react, fed from the content model. The
 * page frame (Layout) renders the breadcrumb Home › Servizi › categoria › servizio and the rating
 * island, so ServicePage renders neither; it renders the heading block, the page index, the
 * sections in the checker's order with their data-elements, the JSON-LD metatag (R.SI.1.1) and
 * "Contatta il comune" with the `appointment-booking` link (C.SI.2.1).
 */
function servicePage(idx: SiteIndex, s: Servizio): PageDef {
  const site = idx.site;
  const office = idx.uffici.get(s.contatti);
  const path = idx.serviceUrl(s);
  const documents = idx.pick(idx.documenti, s.documenti);
  const access = s.accediAlServizio;
  const places = idx.pick(idx.luoghi, access.luoghi);
  // A service with a flow type and no external address has its online request on this site
  // (`<scheda>/richiesta/`): "Accedi al servizio" leads there (CSE.1.1).
  const online = access.online
    ? { href: access.online.url, label: access.online.label }
    : flowDefinition(idx, s)
      ? { href: flowUrl(idx, s), label: 'Accedi al servizio' }
      : undefined;
  // The JSON-LD needs a postal code: the office's address, else the town hall's.
  const address = (office?.address ? parseAddress(office.address) : undefined) ??
    parseAddress(site.contacts.address) ?? {
      streetAddress: office?.address ?? site.contacts.address,
      postalCode: '',
      addressLocality: '',
    };
  const contactOf = (o: UnitaOrganizzativa) => ({
    title: o.title,
    href: idx.unitUrl(o),
    address: o.address,
    hours: o.hours === undefined ? undefined : plainText(o.hours),
    phone: o.phone,
    email: o.email,
    pec: o.pec,
  });
  /** A Markdown section of the scheda; undefined (no section, no index entry) when empty. */
  const md = (text: string | undefined) => (text ? <Md text={text} /> : undefined);

  const moreInfo =
    s.ulterioriInformazioni || documents.length > 0 ? (
      <>
        <Md text={s.ulterioriInformazioni} />
        {documents.length > 0 ? (
          <>
            <h3 className="h5 mt-4">Documenti</h3>
            <ul>
              {documents.map((d) => (
                <li key={d.slug}>
                  <a href={idx.documentUrl(d)}>{d.title}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    ) : undefined;

  // The sections, by the anchors of the service page index (the keys of the content).
  const service: ServicePageData = {
    title: s.title,
    description: s.description,
    status: s.status,
    category: { label: s.category, href: url.category(s.category) },
    topics: s.topics.map((t) => ({ topic: t, href: url.topic(t) })),
    addressed: md(s.aChiERivolto),
    extendedDescription: md(s.descrizione),
    howTo: md(s.comeFare),
    needed: md(s.cosaServe),
    achieved: md(s.cosaSiOttiene),
    calendar: {
      text: (
        <>
          <Md text={s.tempiEScadenze.text} />
          {s.maxDays ? (
            <p>{`Tempo massimo per la conclusione del procedimento: ${String(s.maxDays)} giorni.`}</p>
          ) : null}
        </>
      ),
      steps: s.tempiEScadenze.calendar,
    },
    cost: md(s.quantoCosta),
    access: {
      // The schema requires at least one of generic, online, booking; the page shows the text
      // block whenever one is given.
      text: md(access.generic),
      online,
      booking: access.booking && {
        href: access.booking.url ?? idx.bookingUrl,
        label: access.booking.label ?? 'Prenota un appuntamento',
      },
      extra:
        places.length > 0 ? (
          <ul>
            {places.map((l) => (
              <li key={l.slug}>
                <a href={idx.placeUrl(l)}>{l.title}</a>
                {` — ${l.address}`}
              </li>
            ))}
          </ul>
        ) : undefined,
    },
    moreInfo,
    conditions: {
      file: {
        title: s.condizioniDiServizio.title,
        href: assetHref(s.condizioniDiServizio.url),
        format: s.condizioniDiServizio.fileType,
        size: s.condizioniDiServizio.size,
      },
    },
    contacts: {
      office: office
        ? contactOf(office)
        : {
            title: site.name,
            address: site.contacts.address,
            phone: site.contacts.phone,
            email: site.contacts.email,
            pec: site.contacts.pec,
          },
      others: idx.pick(idx.uffici, s.altriUffici).map(contactOf),
    },
    metadata: {
      operator: site.name,
      areaServed: site.name.replace(/^Comune di\s+/i, ''),
      audience: plainText(s.aChiERivolto).slice(0, 300) || 'Cittadini',
      url: access.online?.url ?? `${site.baseUrl.replace(/\/$/, '')}${path}`,
      location: { name: office?.title ?? site.name, ...address },
    },
    updated: s.updated,
  };

  return {
    path,
    title: s.title,
    description: s.description,
    kind: 'service',
    section: 'all-services',
    breadcrumbs: crumbs(
      [SECTIONS.services.label, url.services],
      [s.category, url.category(s.category)],
      [s.title],
    ),
    // The rating island of the page frame (ServicePage's own rating would not be hydrated).
    rating: true,
    image: s.image?.src,
    searchKind: 'Servizio',
    searchText: s.category,
    body: () => (
      <ServicePage
        className="pz-service-page"
        service={service}
        breadcrumbs={false}
        rating={false}
        contactsBox={{
          bookingHref: idx.bookingUrl,
          faqHref: url.faq,
          assistanceHref: url.assistance,
          reportHref: url.report,
          ...(site.contacts.numeroVerde ? { tollFreeNumber: site.contacts.numeroVerde } : {}),
        }}
      />
    ),
  };
}
