// The home page, composed as the Modello's `homepage` template: the news in evidence (image, type,
// date, abstract, topics), the administration highlights, the events calendar by day, "Argomenti in
// evidenza" (cards with the links inside each topic) and "Altri argomenti", the thematic sites, and
// the search with the highlighted services as useful links.
import { TopicCard, TopicChipList } from '@piazza/react';
import { NOTIZIA_TYPE_TO_TIPO, type Notizia, type UnitaOrganizzativa } from '../content/index.js';
import { EventsCalendar, eventDays } from './calendar.js';
import { Cards } from './parts.js';
import { newsCard } from './novita.js';
import { Picture, SIZES, cardImage } from './picture.js';
import { byDateDesc, formatDate, url, type SiteIndex } from './site.js';
import type { PageDef } from './types.js';

/** The news in evidence: text on one side, the image (the page's LCP) on the other. */
function NewsInEvidence({ idx, n }: { idx: SiteIndex; n: Notizia }) {
  return (
    <section className="container py-4 mb-4" aria-labelledby="home-evidenza">
      <h2 id="home-evidenza" className="visually-hidden">
        Notizia in evidenza
      </h2>
      <div className="row align-items-center g-4">
        <div className={n.image ? 'col-lg-6 order-2 order-lg-1' : 'col-lg-10'}>
          <p className="category-top mb-2">
            <span className="category">{NOTIZIA_TYPE_TO_TIPO[n.type]}</span>
            <span aria-hidden="true">{' — '}</span>
            <time className="data" dateTime={n.date}>
              {formatDate(n.date)}
            </time>
          </p>
          <h3 className="h2 mb-3">
            <a className="text-decoration-none" href={idx.newsUrl(n)}>
              {n.title}
            </a>
          </h3>
          <p className="lead">{n.summary}</p>
          <TopicChipList topics={n.topics} topicHref={url.topic} />
          <p className="mt-4 mb-0">
            <a className="read-more position-static" href={url.news}>
              <span className="text">Tutte le novità</span>
            </a>
          </p>
        </div>
        {n.image ? (
          <div className="col-lg-6 order-1 order-lg-2">
            <Picture
              idx={idx}
              image={n.image}
              sizes={SIZES.half}
              priority
              className="img-fluid rounded pz-evidence"
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** A card of the administration highlights: section, image, title, summary. */
function UnitCard({ idx, u }: { idx: SiteIndex; u: UnitaOrganizzativa }) {
  const image = cardImage(idx, u.image);
  return (
    <article className={`card shadow-sm rounded h-100 ${image ? 'card-img' : 'card-teaser'}`}>
      {image ? (
        <div className="img-responsive-wrapper">
          <div className="img-responsive img-responsive-panoramic">
            <figure className="img-wrapper">
              <Picture idx={idx} image={u.image!} sizes={SIZES.card} />
            </figure>
          </div>
        </div>
      ) : null}
      <div className="card-body">
        <p className="category-top mb-2">
          <span className="category">{u.section}</span>
        </p>
        <h3 className="card-title h5">
          <a className="text-decoration-none" href={idx.unitUrl(u)}>
            {u.title}
          </a>
        </h3>
        <p className="card-text">{u.summary}</p>
      </div>
    </article>
  );
}

export function homePage(idx: SiteIndex): PageDef {
  const { site, servizi, notizie, eventi, argomenti, unitaOrganizzative } = idx.content;
  const news = [...notizie].sort(byDateDesc((n) => n.date));
  const lead = news.find((n) => n.image) ?? news[0];
  const moreNews = news.filter((n) => n !== lead).slice(0, 3);
  const units = [
    ...unitaOrganizzative.filter((u) => u.section === 'Organi di governo' && u.image),
    ...unitaOrganizzative.filter((u) => u.section === 'Organi di governo' && !u.image),
  ].slice(0, 3);
  const days = eventDays([...eventi].sort((a, b) => a.start.localeCompare(b.start))).slice(0, 6);
  const wanted = site.highlightedServices ?? [];
  const services = (wanted.length ? idx.pick(idx.servizi, wanted) : [...servizi].slice(0, 6)).slice(
    0,
    6,
  );
  const highlighted = (
    site.highlightedTopics.length
      ? site.highlightedTopics
      : argomenti.slice(0, 3).map((a) => a.topic)
  ).slice(0, 3);
  const others = argomenti
    .map((a) => a.topic)
    .filter((t) => !highlighted.includes(t))
    .slice(0, 10);
  /** What a highlighted topic contains, as links inside its card: services first, then news. */
  const topicLinks = (topic: string) => {
    const tagged = idx.taggedWith(topic);
    return [
      ...tagged.servizi.map((s) => ({ label: s.title, href: idx.serviceUrl(s) })),
      ...[...tagged.notizie]
        .sort(byDateDesc((n) => n.date))
        .map((n) => ({ label: n.title, href: idx.newsUrl(n) })),
      ...tagged.uffici.map((u) => ({ label: u.title, href: idx.unitUrl(u) })),
    ].slice(0, 3);
  };
  const sites = site.thematicSites ?? [];
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
        <h1 className="visually-hidden">{site.name}</h1>
        {lead ? <NewsInEvidence idx={idx} n={lead} /> : null}
        {moreNews.length ? (
          <section className="container mb-5" aria-labelledby="home-novita">
            <h2 id="home-novita" className="h3 mb-4">
              Altre novità
            </h2>
            <Cards entries={moreNews.map((n) => newsCard(idx, n))} />
          </section>
        ) : null}
        {units.length ? (
          <section className="bg-grey-card py-5 mb-5" aria-labelledby="home-amministrazione">
            <div className="container">
              <div className="d-flex flex-wrap gap-2 justify-content-between align-items-end mb-4">
                <h2 id="home-amministrazione" className="mb-0">
                  Amministrazione
                </h2>
                <a href={url.management}>Tutta l’amministrazione</a>
              </div>
              <ul className="row g-4 list-unstyled mb-0">
                {units.map((u) => (
                  <li className="col-12 col-md-6 col-lg-4" key={u.slug}>
                    <UnitCard idx={idx} u={u} />
                  </li>
                ))}
              </ul>
            </div>
          </section>
        ) : null}
        <section className="container mb-5" aria-labelledby="home-eventi">
          <div className="d-flex flex-wrap gap-2 justify-content-between align-items-end mb-4">
            <h2 id="home-eventi" className="mb-0">
              Eventi
            </h2>
            <a href={url.events}>Tutti gli eventi</a>
          </div>
          <EventsCalendar idx={idx} days={days} />
        </section>
        <section className="container mb-5" aria-labelledby="home-argomenti">
          <div className="d-flex flex-wrap gap-2 justify-content-between align-items-end mb-4">
            <h2 id="home-argomenti" className="mb-0">
              Argomenti in evidenza
            </h2>
          </div>
          <ul className="row g-4 list-unstyled">
            {highlighted.map((t) => {
              const page = idx.argomenti.get(t);
              const image = cardImage(idx, page?.image);
              return (
                <li className="col-12 col-md-6 col-lg-4" key={t}>
                  <TopicCard
                    topic={t}
                    href={url.topic(t)}
                    {...(page ? { description: page.summary } : {})}
                    {...(image ? { image } : {})}
                    links={topicLinks(t)}
                  />
                </li>
              );
            })}
          </ul>
          {others.length ? (
            <div className="row mt-4">
              <h3 className="col-12 col-lg-2 h6 text-uppercase">Altri argomenti</h3>
              <div className="col-12 col-lg-10">
                <TopicChipList topics={others} topicHref={url.topic} />
              </div>
            </div>
          ) : null}
          <p className="text-center mt-4">
            <a className="btn btn-primary" href={url.topics}>
              Mostra tutti
            </a>
          </p>
        </section>
        {sites.length ? (
          <section className="container mb-5" aria-labelledby="home-siti">
            <h2 id="home-siti" className="mb-4">
              Siti tematici
            </h2>
            <ul className="row g-4 list-unstyled">
              {sites.map((s) => (
                <li className="col-12 col-md-6 col-lg-4" key={s.url}>
                  <div className="card card-teaser bg-primary rounded shadow-sm p-3 h-100">
                    <div className="card-body p-0">
                      <h3 className="card-title h5 mb-2">
                        <a className="text-white" href={s.url}>
                          {s.label}
                        </a>
                      </h3>
                      {s.description ? (
                        <p className="card-text text-white mb-0">{s.description}</p>
                      ) : null}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="bg-grey-card py-5" aria-labelledby="home-cerca">
          <div className="container">
            <div className="row justify-content-center">
              <div className="col-12 col-lg-8">
                <h2 id="home-cerca" className="h4 mb-3">
                  Cerca nel sito
                </h2>
                <form action={url.search} method="get" role="search" className="mb-4">
                  <div className="input-group">
                    <label htmlFor="home-cerca-q" className="visually-hidden">
                      Cerca una parola chiave
                    </label>
                    <input
                      type="search"
                      className="form-control"
                      id="home-cerca-q"
                      name="q"
                      placeholder="Cerca una parola chiave"
                    />
                    <div className="input-group-append">
                      <button className="btn btn-primary" type="submit">
                        Invio
                      </button>
                    </div>
                  </div>
                </form>
                <h3 className="h6 text-uppercase">Servizi in evidenza</h3>
                <ul className="list-unstyled mb-0">
                  {services.map((s) => (
                    <li className="mb-2" key={s.slug}>
                      <a href={idx.serviceUrl(s)}>{s.title}</a>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </div>
        </section>
      </>
    ),
  };
}
