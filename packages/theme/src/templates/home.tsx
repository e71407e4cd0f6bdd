// The home page: news, events, highlighted services and topics.
import { CardGrid, PageHeading } from './parts.js';
import { newsCard } from './novita.js';
import { eventCard } from './vivere.js';
import { byDateDesc, url, type SiteIndex } from './site.js';
import type { PageDef } from './types.js';

export function homePage(idx: SiteIndex): PageDef {
  const { site, servizi, notizie, eventi } = idx.content;
  const news = [...notizie].sort(byDateDesc((n) => n.date)).slice(0, 3);
  const events = [...eventi].sort((a, b) => a.start.localeCompare(b.start)).slice(0, 3);
  const wanted = site.highlightedServices ?? [];
  const services = (wanted.length ? idx.pick(idx.servizi, wanted) : [...servizi].slice(0, 6)).slice(
    0,
    6,
  );
  const topics = site.highlightedTopics.length
    ? site.highlightedTopics
    : idx.content.argomenti.slice(0, 6).map((a) => a.topic);
  return {
    path: '/',
    title: site.name,
    description: site.description,
    kind: 'home',
    breadcrumbs: [{ label: 'Home' }],
    rating: true,
    searchKind: 'Home',
    body: () => (
      <>
        <PageHeading title={site.name} description={site.description} />
        <section className="container mb-5" aria-labelledby="home-novita">
          <div className="d-flex justify-content-between align-items-end mb-4">
            <h2 id="home-novita" className="mb-0">
              Novità
            </h2>
            <a href={url.news}>Tutte le novità</a>
          </div>
          <CardGrid cards={news.map((n) => newsCard(idx, n))} />
        </section>
        <section className="container mb-5" aria-labelledby="home-eventi">
          <div className="d-flex justify-content-between align-items-end mb-4">
            <h2 id="home-eventi" className="mb-0">
              Eventi
            </h2>
            <a href={url.events}>Tutti gli eventi</a>
          </div>
          <CardGrid cards={events.map((e) => eventCard(idx, e))} />
        </section>
        <section className="container mb-5" aria-labelledby="home-servizi">
          <div className="d-flex justify-content-between align-items-end mb-4">
            <h2 id="home-servizi" className="mb-0">
              Servizi in evidenza
            </h2>
            <a href={url.services}>Tutti i servizi</a>
          </div>
          <CardGrid
            cards={services.map((s) => ({
              title: s.title,
              href: idx.serviceUrl(s),
              description: s.description,
              kicker: s.category,
            }))}
          />
        </section>
        <section className="container mb-5" aria-labelledby="home-argomenti">
          <div className="d-flex justify-content-between align-items-end mb-4">
            <h2 id="home-argomenti" className="mb-0">
              Argomenti in evidenza
            </h2>
            <a href={url.topics}>Tutti gli argomenti</a>
          </div>
          <ul className="d-flex flex-wrap gap-2 list-unstyled">
            {topics.map((t) => (
              <li key={t}>
                <a className="chip chip-simple chip-lg" href={url.topic(t)}>
                  <span className="chip-label">{t}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      </>
    ),
  };
}
