// Vivere il Comune: the first-level page, Luoghi and Eventi with their details.
import {
  ContactCard,
  DetailPage,
  EventCard,
  PageHeading,
  PlaceCard,
  TopicChipList,
  type CardListEntry,
} from '@piazza/react';
import type { Evento, Luogo } from '../content/index.js';
import { assetUrl } from './Layout.js';
import { EventsCalendar, eventDays } from './calendar.js';
import { HeaderImage, SIZES, cardImage, listImage, type PictureOptions } from './picture.js';
import { Cards, LinkList, Md } from './parts.js';
import { SECTIONS, formatDate, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

const V = SECTIONS.live;

type CardOptions = Pick<PictureOptions, 'priority' | 'eager'>;

export function eventCard(idx: SiteIndex, e: Evento, opts: CardOptions = {}): CardListEntry {
  const image = cardImage(idx, e.image, { sizes: SIZES.card, ...opts });
  const place = idx.luoghi.get(e.luogo);
  return {
    key: idx.eventUrl(e),
    card: (
      <EventCard
        title={e.title}
        href={idx.eventUrl(e)}
        start={e.start}
        {...(e.end ? { end: e.end } : {})}
        type={e.type}
        {...(place ? { place: place.title } : {})}
        description={e.summary}
        {...(image ? { image } : {})}
      />
    ),
  };
}

export function placeCard(idx: SiteIndex, l: Luogo, opts: CardOptions = {}): CardListEntry {
  const image = cardImage(idx, l.image, { sizes: SIZES.card, ...opts });
  return {
    key: idx.placeUrl(l),
    card: (
      <PlaceCard
        title={l.title}
        href={idx.placeUrl(l)}
        type={l.type}
        address={l.address}
        description={l.summary}
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
        <PageHeading contained title={V.label} lead={V.description}>
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
          <Cards entries={events.slice(0, 6).map((e, i) => eventCard(idx, e, listImage(i)))} />
        </section>
        <section className="container mb-5" aria-labelledby="luoghi-da-scoprire">
          <h2 id="luoghi-da-scoprire" className="mb-4">
            Luoghi da scoprire
          </h2>
          <Cards entries={places.slice(0, 6).map((l) => placeCard(idx, l))} />
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
        <PageHeading contained title="Luoghi" lead={luoghiDesc} />
        <section className="container mb-5" aria-label="Luoghi">
          <Cards
            headingLevel={2}
            entries={places.map((l, i) => placeCard(idx, l, listImage(i)))}
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
        <PageHeading contained title="Eventi" lead={eventiDesc} />
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
          <Cards
            entries={events.map((e) => eventCard(idx, e))}
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
        <PageHeading contained title={l.title} lead={l.summary}>
          <TopicChipList topics={l.topics} topicHref={url.topic} />
        </PageHeading>
        <HeaderImage idx={idx} image={l.image} />
        <DetailPage
          sections={[
            { id: 'descrizione', title: 'Descrizione', content: <Md text={l.body} /> },
            {
              id: 'indirizzo',
              title: 'Indirizzo',
              content: (
                <>
                  <p>{l.address}</p>
                  {l.coordinates ? (
                    <p className="small">{`Coordinate: ${String(l.coordinates.lat)}, ${String(l.coordinates.lng)}`}</p>
                  ) : null}
                  <p>
                    <MapLink title={l.title} address={l.address} coordinates={l.coordinates} />
                  </p>
                </>
              ),
            },
            {
              id: 'orari',
              title: 'Orari',
              content: l.openingHours && <Md text={l.openingHours} />,
            },
            {
              id: 'servizi',
              title: 'Servizi',
              content: services.length > 0 && (
                <LinkList
                  items={services.map((s) => ({ href: idx.serviceUrl(s), label: s.title }))}
                />
              ),
            },
            {
              id: 'eventi',
              title: 'Eventi',
              content: events.length > 0 && (
                <LinkList
                  items={events.map((e) => ({
                    href: idx.eventUrl(e),
                    label: e.title,
                    after: ` — ${formatDate(e.start)}`,
                  }))}
                />
              ),
            },
            {
              id: 'contatti',
              title: 'Contatti',
              content: office ? (
                <ContactCard
                  title={office.title}
                  href={idx.unitUrl(office)}
                  {...(office.phone ? { phone: office.phone } : {})}
                  {...(office.email ? { email: office.email } : {})}
                />
              ) : (
                <ContactCard
                  title={idx.site.name}
                  phone={idx.site.contacts.phone}
                  email={idx.site.contacts.email}
                />
              ),
            },
          ]}
        />
      </>
    ),
  };
}

/** "Apri la mappa" of a place, named after it for screen readers. */
function MapLink({
  title,
  address,
  coordinates,
}: {
  title: string;
  address: string;
  coordinates?: { lat: number; lng: number } | undefined;
}) {
  return (
    <a href={mapUrl(address, coordinates)}>
      {'Apri la mappa'}
      <span className="visually-hidden">{` di ${title} (OpenStreetMap)`}</span>
    </a>
  );
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
  const when = e.end
    ? `dal ${formatDate(e.start.slice(0, 10))} al ${formatDate(e.end.slice(0, 10))}`
    : formatDate(e.start);
  const o = e.organizer;
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
        <PageHeading contained title={e.title} lead={e.summary}>
          <p className="h5 fw-normal mb-3">{`${e.type} — ${when}`}</p>
          <TopicChipList topics={e.topics} topicHref={url.topic} />
        </PageHeading>
        <HeaderImage idx={idx} image={e.image} />
        <DetailPage
          sections={[
            { id: 'cos-e', title: 'Cos’è', content: <Md text={e.body} /> },
            {
              id: 'a-chi-e-rivolto',
              title: 'A chi è rivolto',
              content: e.audience && <Md text={e.audience} />,
            },
            {
              id: 'luogo',
              title: 'Luogo',
              content: place ? (
                <div className="mb-3">
                  <PlaceCard
                    title={place.title}
                    href={idx.placeUrl(place)}
                    type={place.type}
                    address={place.address}
                  />
                  <p className="mt-2">
                    <MapLink
                      title={place.title}
                      address={place.address}
                      coordinates={place.coordinates}
                    />
                  </p>
                </div>
              ) : (
                <p>{e.luogo}</p>
              ),
            },
            {
              id: 'date-e-orari',
              title: 'Date e orari',
              content: (
                <ol className="list-unstyled mb-0">
                  <TimelineStep iso={e.start} label="Inizio evento" />
                  {e.end ? <TimelineStep iso={e.end} label="Fine evento" /> : null}
                </ol>
              ),
            },
            { id: 'costi', title: 'Costi', content: e.costs && <Md text={e.costs} /> },
            {
              id: 'documenti',
              title: 'Documenti',
              content: docs.length > 0 && (
                <LinkList items={docs.map((d) => ({ href: idx.documentUrl(d), label: d.title }))} />
              ),
            },
            {
              id: 'contatti',
              title: 'Contatti',
              content: o ? (
                <ContactCard
                  title={`Organizzato da ${o.name}`}
                  {...(o.phone ? { phone: o.phone } : {})}
                  {...(o.email ? { email: o.email } : {})}
                  links={[
                    ...(o.url ? [{ label: 'Sito web', href: o.url }] : []),
                    ...(office ? [{ label: office.title, href: idx.unitUrl(office) }] : []),
                  ]}
                />
              ) : (
                <ContactCard
                  title={idx.site.name}
                  phone={idx.site.contacts.phone}
                  email={idx.site.contacts.email}
                />
              ),
            },
          ]}
        />
      </>
    ),
  };
}
