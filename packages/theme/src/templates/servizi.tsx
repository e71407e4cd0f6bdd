// Servizi: the first-level page, the 15 category pages and every scheda servizio (C.SI.1.3).
import { ServiceCard } from '@piazza/react';
import { CATEGORIE_SERVIZIO, SERVICE_PAGE_INDEX } from '@piazza/vocabularies';
import type { Servizio } from '../content/index.js';
import {
  Attachment,
  CardGrid,
  ContactsBox,
  DetailLayout,
  Md,
  PageHeading,
  Section,
  TopicChips,
  Updated,
  type CardData,
} from './parts.js';
import { plainText } from './markdown.js';
import { SECTIONS, formatDate, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

function serviceCard(idx: SiteIndex, s: Servizio, withCategory = true): CardData {
  return {
    title: s.title,
    href: idx.serviceUrl(s),
    description: s.description,
    kicker: withCategory ? s.category : undefined,
    linkDataElement: 'service-link',
    render: (headingLevel) => (
      <ServiceCard
        title={s.title}
        href={idx.serviceUrl(s)}
        description={s.description}
        {...(withCategory ? { category: s.category, categoryHref: url.category(s.category) } : {})}
        headingLevel={headingLevel}
      />
    ),
  };
}

function BookingLink({ idx, service }: { idx: SiteIndex; service?: Servizio }) {
  const href = service?.accesso.booking?.url ?? idx.bookingUrl;
  const target =
    service && href === '/prenota-appuntamento/' ? `${href}?servizio=${service.slug}` : href;
  return (
    <a className="btn btn-primary mb-4" href={target} data-element="appointment-booking">
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
        <PageHeading title={section.label} description={section.description}>
          <BookingLink idx={idx} />
        </PageHeading>
        <section className="container mb-5" aria-labelledby="categorie">
          <h2 id="categorie" className="mb-4">
            Esplora per categoria
          </h2>
          <ul className="row g-4 list-unstyled">
            {CATEGORIE_SERVIZIO.map((c) => (
              <li className="col-12 col-md-6 col-lg-4" key={c.slug}>
                <div className="card card-teaser shadow-sm p-3 rounded h-100">
                  <div className="card-body p-0">
                    <h3 className="card-title h5">
                      <a href={url.category(c.label)} data-element="service-category-link">
                        {c.label}
                      </a>
                    </h3>
                    <p className="card-text mb-0">{c.description}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section className="container mb-5" aria-labelledby="tutti-i-servizi">
          <h2 id="tutti-i-servizi" className="mb-4">
            Tutti i servizi
          </h2>
          <p>{`${String(sorted.length)} servizi trovati in ordine alfabetico`}</p>
          <CardGrid
            cards={sorted.map((s) => serviceCard(idx, s))}
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
          <PageHeading title={c.label} description={c.description}>
            <BookingLink idx={idx} />
          </PageHeading>
          <section className="container mb-5" aria-labelledby="servizi-categoria">
            <h2 id="servizi-categoria" className="mb-4">
              Servizi
            </h2>
            <CardGrid
              cards={list.map((s) => serviceCard(idx, s, false))}
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
  return m
    ? { streetAddress: m[1]!, postalCode: m[2]!, addressLocality: m[3]! }
    : { streetAddress: address, postalCode: '', addressLocality: '' };
}

function servicePage(idx: SiteIndex, s: Servizio): PageDef {
  const site = idx.site;
  const office = idx.uffici.get(s.ufficio);
  const path = idx.serviceUrl(s);
  const documents = idx.pick(idx.documenti, s.documenti);
  const places = idx.pick(idx.luoghi, s.accesso.luoghi);
  const bookingHref = s.accesso.booking
    ? (s.accesso.booking.url ?? `${idx.bookingUrl}?servizio=${s.slug}`)
    : undefined;
  const officeAddress = office?.address ?? site.contacts.address;

  // The 8 required sections in the checker's order; optional ones between them.
  const ids = Object.fromEntries(SERVICE_PAGE_INDEX.map((x) => [x.anchor, x.label])) as Record<
    string,
    string
  >;
  const sections: { id: string; label: string }[] = [
    { id: 'a-chi-e-rivolto', label: ids['a-chi-e-rivolto']! },
    ...(s.descrizione ? [{ id: 'descrizione', label: 'Descrizione' }] : []),
    { id: 'come-fare', label: ids['come-fare']! },
    { id: 'cosa-serve', label: ids['cosa-serve']! },
    { id: 'cosa-si-ottiene', label: ids['cosa-si-ottiene']! },
    { id: 'tempi-e-scadenze', label: ids['tempi-e-scadenze']! },
    ...(s.quantoCosta ? [{ id: 'quanto-costa', label: 'Quanto costa' }] : []),
    { id: 'accedi-al-servizio', label: ids['accedi-al-servizio']! },
    ...(s.ulterioriInformazioni
      ? [{ id: 'ulteriori-informazioni', label: 'Ulteriori informazioni' }]
      : []),
    { id: 'condizioni-di-servizio', label: ids['condizioni-di-servizio']! },
    { id: 'contatti', label: ids['contatti']! },
  ];

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: s.title,
    serviceType: s.category,
    serviceOperator: { name: site.name },
    areaServed: { name: site.name.replace(/^Comune di\s+/i, '') },
    audience: { audienceType: plainText(s.aChiERivolto).slice(0, 300) || 'Cittadini' },
    availableChannel: {
      serviceUrl: s.accesso.online?.url ?? `${site.baseUrl.replace(/\/$/, '')}${path}`,
      serviceLocation: {
        name: office?.title ?? site.name,
        address: parseAddress(officeAddress),
      },
    },
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
    rating: true,
    jsonLd,
    image: s.image?.src,
    searchKind: 'Servizio',
    searchText: s.category,
    body: () => (
      <>
        <PageHeading
          title={s.title}
          description={s.description}
          titleDataElement="service-title"
          descriptionDataElement="service-description"
        >
          <p className="mb-3" data-element="service-status">
            {s.status.active ? (
              <span className="badge bg-success">Servizio attivo</span>
            ) : (
              <>
                <span className="badge bg-danger">Servizio non attivo</span>{' '}
                <span>{s.status.reason}</span>
              </>
            )}
          </p>
          <div className="mb-3">
            <h2 className="h6 mb-2">Argomenti</h2>
            <TopicChips topics={s.topics} dataElement="service-topic" />
          </div>
          <BookingLink idx={idx} service={s} />
        </PageHeading>
        <DetailLayout sections={sections}>
          <Section id="a-chi-e-rivolto" title="A chi è rivolto">
            <Md text={s.aChiERivolto} dataElement="service-addressed" />
          </Section>
          {s.descrizione ? (
            <Section id="descrizione" title="Descrizione">
              <Md text={s.descrizione} />
            </Section>
          ) : null}
          <Section id="come-fare" title="Come fare">
            <Md text={s.comeFare} dataElement="service-how-to" />
          </Section>
          <Section id="cosa-serve" title="Cosa serve">
            <Md text={s.cosaServe} dataElement="service-needed" />
          </Section>
          <Section id="cosa-si-ottiene" title="Cosa si ottiene">
            <Md text={s.cosaSiOttiene} dataElement="service-achieved" />
          </Section>
          <Section id="tempi-e-scadenze" title="Tempi e scadenze">
            <Md text={s.tempiEScadenze.text} dataElement="service-calendar-text" />
            {s.tempiEScadenze.calendar.length > 0 ? (
              <ul className="list-unstyled" data-element="service-calendar-list">
                {s.tempiEScadenze.calendar.map((c) => (
                  <li key={`${c.date}-${c.label}`} className="mb-2">
                    <time className="fw-semibold" dateTime={c.date}>
                      {formatDate(c.date)}
                    </time>
                    {`: ${c.label}`}
                  </li>
                ))}
              </ul>
            ) : null}
            {s.maxDays ? (
              <p>{`Tempo massimo per la conclusione del procedimento: ${String(s.maxDays)} giorni.`}</p>
            ) : null}
          </Section>
          {s.quantoCosta ? (
            <Section id="quanto-costa" title="Quanto costa">
              <Md text={s.quantoCosta} />
            </Section>
          ) : null}
          <Section id="accedi-al-servizio" title="Accedi al servizio">
            {s.accesso.online ? (
              <div className="mb-3" data-element="service-online-access">
                <a className="btn btn-primary" href={s.accesso.online.url}>
                  {s.accesso.online.label}
                </a>
              </div>
            ) : null}
            {bookingHref ? (
              <div className="mb-3" data-element="service-booking-access">
                <a className="btn btn-outline-primary" href={bookingHref}>
                  {s.accesso.booking?.label ?? 'Prenota un appuntamento'}
                </a>
              </div>
            ) : null}
            {s.accesso.generic ? (
              <Md text={s.accesso.generic} dataElement="service-generic-access" />
            ) : null}
            {places.length > 0 ? (
              <ul>
                {places.map((l) => (
                  <li key={l.slug}>
                    <a href={idx.placeUrl(l)}>{l.title}</a>
                    {` — ${l.address}`}
                  </li>
                ))}
              </ul>
            ) : null}
          </Section>
          {s.ulterioriInformazioni ? (
            <Section id="ulteriori-informazioni" title="Ulteriori informazioni">
              <Md text={s.ulterioriInformazioni} />
            </Section>
          ) : null}
          <Section id="condizioni-di-servizio" title="Condizioni di servizio">
            <p>
              Per conoscere i dettagli di scadenze, requisiti e altre informazioni utili, leggi i
              termini e le condizioni di servizio.
            </p>
            <Attachment file={s.condizioniDiServizio} dataElement="service-file" />
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
          </Section>
          <Section id="contatti" title="Contatti">
            <div data-element="service-area">
              {office ? (
                <ContactsBox
                  title={office.title}
                  lines={[office.address, office.phone && `Telefono: ${office.phone}`]}
                  links={[
                    { label: `Vai alla pagina dell’ufficio`, href: idx.unitUrl(office) },
                    ...(office.email
                      ? [{ label: office.email, href: `mailto:${office.email}` }]
                      : []),
                  ]}
                />
              ) : (
                <ContactsBox
                  title={site.name}
                  lines={[site.contacts.address]}
                  links={[{ label: site.contacts.email, href: `mailto:${site.contacts.email}` }]}
                />
              )}
            </div>
            {idx.pick(idx.uffici, s.altriUffici).map((o) => (
              <p key={o.slug}>
                <a href={idx.unitUrl(o)}>{o.title}</a>
              </p>
            ))}
          </Section>
          <Updated date={s.updated} />
        </DetailLayout>
      </>
    ),
  };
}
