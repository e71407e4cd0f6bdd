// Vivere il Comune: the first-level page, Luoghi and Eventi with their details.
import { EventCard, PlaceCard } from '@piazza/react';
import type { Evento, Luogo } from '../content/index.js';
import { assetUrl } from './Layout.js';
import { EventsCalendar, eventDays } from './calendar.js';
import { HeaderImage, SIZES, cardImage, listImage } from './picture.js';
import {
  CardGrid,
  ContactsBox,
  DetailLayout,
  Md,
  PageHeading,
  Section,
  TopicChips,
  type CardData,
} from './parts.js';
import { SECTIONS, formatDate, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

const V = SECTIONS.live;

export function eventCard(
  idx: SiteIndex,
  e: Evento,
  opts: { priority?: boolean; eager?: boolean; sizes?: string } = {},
): CardData {
  const image = cardImage(idx, e.image, {
    sizes: opts.sizes ?? SIZES.card,
    ...(opts.priority ? { priority: true } : {}),
    ...(opts.eager ? { eager: true } : {}),
  });
  return {
    title: e.title,
    href: idx.eventUrl(e),
    description: e.summary,
    kicker: `${e.type} · ${formatDate(e.start)}`,
    linkDataElement: 'event-link',
    render: (headingLevel) => (
      <EventCard
        title={e.title}
        href={idx.eventUrl(e)}
        start={e.start}
        {...(e.end ? { end: e.end } : {})}
        type={e.type}
        {...(idx.luoghi.get(e.luogo) ? { place: idx.luoghi.get(e.luogo)!.title } : {})}
        description={e.summary}
        headingLevel={headingLevel}
        {...(image ? { image } : {})}
      />
    ),
  };
}

export function placeCard(
  idx: SiteIndex,
  l: Luogo,
  opts: { priority?: boolean; eager?: boolean } = {},
): CardData {
  const image = cardImage(idx, l.image, { sizes: SIZES.card, ...opts });
  return {
    title: l.title,
    href: idx.placeUrl(l),
    description: l.summary,
    kicker: l.type,
    linkDataElement: 'location-link',
    render: (headingLevel) => (
      <PlaceCard
        title={l.title}
        href={idx.placeUrl(l)}
        type={l.type}
        address={l.address}
        description={l.summary}
        headingLevel={headingLevel}
        {...(image ? { image } : {})}
      />
    ),
  };
}

export function viverePages(idx: SiteIndex): PageDef[] {
  const events = [...idx.content.eventi].sort((a, b) => a.start.localeCompare(b.start));
  const places = [...idx.content.luoghi].sort((a, b) => a.title.localeCompare(b.title, 'it'));
  const pages: PageDef[] = [];
  pages.push({
    path: url.live,
    title: V.label,
    description: V.description ?? 'Eventi e luoghi del territorio.',
    kind: 'first-level',
    section: 'live',
    breadcrumbs: crumbs([V.label]),
    rating: true,
    searchKind: 'Sezione',
    body: () => (
      <>
        <PageHeading title={V.label} description={V.description}>
          <div className="d-flex flex-wrap gap-3">
            <a className="btn btn-primary" href={url.places} data-element="live-button-locations">
              Luoghi
            </a>
            <a className="btn btn-primary" href={url.events} data-element="live-button-events">
              Eventi
            </a>
          </div>
        </PageHeading>
        <section className="container mb-5" aria-labelledby="prossimi-eventi">
          <h2 id="prossimi-eventi" className="mb-4">
            Prossimi eventi
          </h2>
          <CardGrid cards={events.slice(0, 6).map((e, i) => eventCard(idx, e, listImage(i)))} />
        </section>
        <section className="container mb-5" aria-labelledby="luoghi-da-scoprire">
          <h2 id="luoghi-da-scoprire" className="mb-4">
            Luoghi da scoprire
          </h2>
          <CardGrid cards={places.slice(0, 6).map((l) => placeCard(idx, l))} />
        </section>
      </>
    ),
  });
  const luoghiDesc = V.children.find((c) => c.slug === 'luoghi')?.description ?? 'I luoghi.';
  const eventiDesc = V.children.find((c) => c.slug === 'eventi')?.description ?? 'Gli eventi.';
  pages.push({
    path: url.places,
    title: 'Luoghi',
    description: luoghiDesc,
    kind: 'second-level',
    section: 'live',
    breadcrumbs: crumbs([V.label, url.live], ['Luoghi']),
    rating: true,
    searchKind: 'Vivere il Comune',
    body: () => (
      <>
        <PageHeading title="Luoghi" description={luoghiDesc} />
        <section className="container mb-5" aria-label="Luoghi">
          <CardGrid
            headingLevel={2}
            cards={places.map((l, i) => placeCard(idx, l, listImage(i)))}
            loadMore={{ label: 'Carica altri luoghi', pageSize: 12 }}
          />
        </section>
      </>
    ),
  });
  pages.push({
    path: url.events,
    title: 'Eventi',
    description: eventiDesc,
    kind: 'second-level',
    section: 'live',
    breadcrumbs: crumbs([V.label, url.live], ['Eventi']),
    rating: true,
    searchKind: 'Vivere il Comune',
    body: () => (
      <>
        <PageHeading title="Eventi" description={eventiDesc} />
        <section className="container mb-5" aria-labelledby="calendario-eventi">
          <h2 id="calendario-eventi" className="mb-4">
            Calendario
          </h2>
          <EventsCalendar idx={idx} days={eventDays(events)} />
        </section>
        <section className="container mb-5" aria-labelledby="tutti-gli-eventi">
          <h2 id="tutti-gli-eventi" className="mb-4">
            Tutti gli eventi
          </h2>
          <CardGrid
            cards={events.map((e) => eventCard(idx, e))}
            loadMore={{ label: 'Carica altri eventi', pageSize: 12 }}
          />
        </section>
      </>
    ),
  });
  for (const l of places) pages.push(placePage(idx, l));
  for (const e of events) pages.push(eventPage(idx, e));
  return pages;
}

function placePage(idx: SiteIndex, l: Luogo): PageDef {
  const services = idx.pick(idx.servizi, l.servizi);
  const office = l.ufficio ? idx.uffici.get(l.ufficio) : undefined;
  const events = idx.content.eventi.filter((e) => e.luogo === l.slug);
  const sections = [
    { id: 'descrizione', label: 'Descrizione' },
    { id: 'indirizzo', label: 'Indirizzo' },
    ...(l.openingHours ? [{ id: 'orari', label: 'Orari' }] : []),
    ...(services.length ? [{ id: 'servizi', label: 'Servizi' }] : []),
    ...(events.length ? [{ id: 'eventi', label: 'Eventi' }] : []),
    { id: 'contatti', label: 'Contatti' },
  ];
  return {
    path: idx.placeUrl(l),
    title: l.title,
    description: l.summary,
    kind: 'detail',
    section: 'live',
    breadcrumbs: crumbs([V.label, url.live], ['Luoghi', url.places], [l.title]),
    rating: false,
    image: l.image ? assetUrl(l.image.src) : undefined,
    searchKind: 'Luogo',
    searchText: l.type,
    body: () => (
      <>
        <PageHeading title={l.title} description={l.summary}>
          <TopicChips topics={l.topics} />
        </PageHeading>
        <HeaderImage idx={idx} image={l.image} />
        <DetailLayout sections={sections}>
          <Section id="descrizione" title="Descrizione">
            <Md text={l.body} />
          </Section>
          <Section id="indirizzo" title="Indirizzo">
            <p>{l.address}</p>
            {l.coordinates ? (
              <p className="small">{`Coordinate: ${String(l.coordinates.lat)}, ${String(l.coordinates.lng)}`}</p>
            ) : null}
            <p>
              <a href={mapUrl(l.address, l.coordinates)}>
                {'Apri la mappa'}
                <span className="visually-hidden">{` di ${l.title} (OpenStreetMap)`}</span>
              </a>
            </p>
          </Section>
          {l.openingHours ? (
            <Section id="orari" title="Orari">
              <Md text={l.openingHours} />
            </Section>
          ) : null}
          {services.length ? (
            <Section id="servizi" title="Servizi">
              <ul>
                {services.map((s) => (
                  <li key={s.slug}>
                    <a href={idx.serviceUrl(s)}>{s.title}</a>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {events.length ? (
            <Section id="eventi" title="Eventi">
              <ul>
                {events.map((e) => (
                  <li key={e.slug}>
                    <a href={idx.eventUrl(e)}>{e.title}</a>
                    {` — ${formatDate(e.start)}`}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="contatti" title="Contatti">
            {office ? (
              <ContactsBox
                title={office.title}
                lines={[office.phone && `Telefono: ${office.phone}`]}
                links={[
                  { label: 'Pagina dell’ufficio', href: idx.unitUrl(office) },
                  ...(office.email
                    ? [{ label: office.email, href: `mailto:${office.email}` }]
                    : []),
                ]}
              />
            ) : (
              <ContactsBox
                title={idx.site.name}
                lines={[idx.site.contacts.phone]}
                links={[
                  {
                    label: idx.site.contacts.email,
                    href: `mailto:${idx.site.contacts.email}`,
                  },
                ]}
              />
            )}
          </Section>
        </DetailLayout>
      </>
    ),
  };
}

/** A map link for an address or coordinates (OpenStreetMap: no script, no cookie on the site). */
export function mapUrl(address: string, coordinates?: { lat: number; lng: number }): string {
  if (coordinates) {
    const { lat, lng } = coordinates;
    return `https://www.openstreetmap.org/?mlat=${String(lat)}&mlon=${String(lng)}#map=17/${String(lat)}/${String(lng)}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

const DAY = new Intl.DateTimeFormat('it-IT', { day: '2-digit', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('it-IT', { month: 'short', timeZone: 'UTC' });
const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** One step of the "Date e orari" timeline: day and month, time and what happens. */
function TimelineStep({ iso, label }: { iso: string; label: string }) {
  const d = asDate(iso);
  return (
    <li className="pz-timeline-step d-flex align-items-center gap-3 mb-3">
      <span className="pz-timeline-date text-center" aria-hidden="true">
        <span className="d-block h3 mb-0 text-primary">{DAY.format(d)}</span>
        <span className="d-block small text-uppercase">{MONTH.format(d).replace('.', '')}</span>
      </span>
      <span className="card card-teaser shadow-sm rounded p-3 flex-grow-1 mb-0">
        <span className="fw-semibold">
          <time dateTime={iso}>{formatDate(iso)}</time>
          {` — ${label}`}
        </span>
      </span>
    </li>
  );
}

function eventPage(idx: SiteIndex, e: Evento): PageDef {
  const place = idx.luoghi.get(e.luogo);
  const docs = idx.pick(idx.documenti, e.documenti);
  const office = e.organizer?.ufficio ? idx.uffici.get(e.organizer.ufficio) : undefined;
  const sections = [
    { id: 'cos-e', label: 'Cos’è' },
    ...(e.audience ? [{ id: 'a-chi-e-rivolto', label: 'A chi è rivolto' }] : []),
    { id: 'luogo', label: 'Luogo' },
    { id: 'date-e-orari', label: 'Date e orari' },
    ...(e.costs ? [{ id: 'costi', label: 'Costi' }] : []),
    ...(docs.length ? [{ id: 'documenti', label: 'Documenti' }] : []),
    { id: 'contatti', label: 'Contatti' },
  ];
  const when = e.end
    ? `dal ${formatDate(e.start.slice(0, 10))} al ${formatDate(e.end.slice(0, 10))}`
    : formatDate(e.start);
  return {
    path: idx.eventUrl(e),
    title: e.title,
    description: e.summary,
    kind: 'detail',
    section: 'live',
    breadcrumbs: crumbs([V.label, url.live], ['Eventi', url.events], [e.title]),
    rating: false,
    image: e.image ? assetUrl(e.image.src) : undefined,
    searchKind: 'Evento',
    searchText: e.type,
    body: () => (
      <>
        <PageHeading title={e.title} description={e.summary}>
          <p className="h5 fw-normal mb-3">{`${e.type} — ${when}`}</p>
          <TopicChips topics={e.topics} />
        </PageHeading>
        <HeaderImage idx={idx} image={e.image} />
        <DetailLayout sections={sections}>
          <Section id="cos-e" title="Cos’è">
            <Md text={e.body} />
          </Section>
          {e.audience ? (
            <Section id="a-chi-e-rivolto" title="A chi è rivolto">
              <Md text={e.audience} />
            </Section>
          ) : null}
          <Section id="luogo" title="Luogo">
            {place ? (
              <div className="card card-teaser shadow-sm rounded p-3 mb-3">
                <div className="card-body p-0">
                  <h3 className="card-title h5 mb-2">
                    <a href={idx.placeUrl(place)} data-element="location-link">
                      {place.title}
                    </a>
                  </h3>
                  <p className="mb-2">{place.address}</p>
                  <a href={mapUrl(place.address, place.coordinates)}>
                    {'Apri la mappa'}
                    <span className="visually-hidden">{` di ${place.title} (OpenStreetMap)`}</span>
                  </a>
                </div>
              </div>
            ) : (
              <p>{e.luogo}</p>
            )}
          </Section>
          <Section id="date-e-orari" title="Date e orari">
            <ol className="list-unstyled mb-0">
              <TimelineStep iso={e.start} label="Inizio evento" />
              {e.end ? <TimelineStep iso={e.end} label="Fine evento" /> : null}
            </ol>
          </Section>
          {e.costs ? (
            <Section id="costi" title="Costi">
              <Md text={e.costs} />
            </Section>
          ) : null}
          {docs.length ? (
            <Section id="documenti" title="Documenti">
              <ul>
                {docs.map((d) => (
                  <li key={d.slug}>
                    <a href={idx.documentUrl(d)}>{d.title}</a>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="contatti" title="Contatti">
            {e.organizer ? (
              <ContactsBox
                title={`Organizzato da ${e.organizer.name}`}
                lines={[e.organizer.phone && `Telefono: ${e.organizer.phone}`]}
                links={[
                  ...(e.organizer.email
                    ? [{ label: e.organizer.email, href: `mailto:${e.organizer.email}` }]
                    : []),
                  ...(e.organizer.url ? [{ label: 'Sito web', href: e.organizer.url }] : []),
                  ...(office ? [{ label: office.title, href: idx.unitUrl(office) }] : []),
                ]}
              />
            ) : (
              <ContactsBox
                title={idx.site.name}
                lines={[`Telefono: ${idx.site.contacts.phone}`]}
                links={[
                  { label: idx.site.contacts.email, href: `mailto:${idx.site.contacts.email}` },
                ]}
              />
            )}
          </Section>
        </DetailLayout>
      </>
    ),
  };
}
