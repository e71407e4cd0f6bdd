// Novità: the first-level page, the Notizie / Comunicati / Avvisi lists and every item.
import { NewsCard } from '@piazza/react';
import { NOTIZIA_TYPE_TO_TIPO, type Notizia } from '../content/index.js';
import { assetUrl } from './Layout.js';
import { HeaderImage, SIZES, cardImage, listImage } from './picture.js';
import {
  CardGrid,
  DetailLayout,
  Md,
  PageHeading,
  Section,
  TopicChips,
  type CardData,
} from './parts.js';
import { NEWS_TYPES, SECTIONS, byDateDesc, formatDate, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

const N = SECTIONS.news;
const TYPE_LABEL = { notizia: 'Notizia', comunicato: 'Comunicato', avviso: 'Avviso' } as const;

export function newsCard(
  idx: SiteIndex,
  n: Notizia,
  opts: { priority?: boolean; eager?: boolean; sizes?: string } = {},
): CardData {
  const image = cardImage(idx, n.image, {
    sizes: opts.sizes ?? SIZES.card,
    ...(opts.priority ? { priority: true } : {}),
    ...(opts.eager ? { eager: true } : {}),
  });
  return {
    title: n.title,
    href: idx.newsUrl(n),
    description: n.summary,
    kicker: `${TYPE_LABEL[n.type]} · ${formatDate(n.date)}`,
    render: (headingLevel) => (
      <NewsCard
        title={n.title}
        href={idx.newsUrl(n)}
        type={NOTIZIA_TYPE_TO_TIPO[n.type]}
        date={n.date}
        description={n.summary}
        headingLevel={headingLevel}
        {...(image ? { image } : {})}
      />
    ),
  };
}

export function novitaPages(idx: SiteIndex): PageDef[] {
  const all = [...idx.content.notizie].sort(byDateDesc((n) => n.date));
  const pages: PageDef[] = [];
  pages.push({
    path: url.news,
    title: N.label,
    description: N.description ?? 'Notizie, comunicati e avvisi del Comune.',
    kind: 'first-level',
    section: 'news',
    breadcrumbs: crumbs([N.label]),
    rating: true,
    searchKind: 'Sezione',
    body: () => (
      <>
        <PageHeading title={N.label} description={N.description} />
        <section className="container mb-5" aria-labelledby="tipi-novita">
          <h2 id="tipi-novita" className="mb-4">
            Esplora per tipologia
          </h2>
          <ul className="row g-4 list-unstyled">
            {NEWS_TYPES.map((t) => (
              <li className="col-12 col-md-4" key={t.type}>
                <div className="card card-teaser shadow-sm p-3 rounded h-100">
                  <div className="card-body p-0">
                    <h3 className="card-title h5 mb-0">
                      <a href={url.newsType(t.type)} data-element="news-category-link">
                        {t.label}
                      </a>
                    </h3>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section className="container mb-5" aria-labelledby="ultime-novita">
          <h2 id="ultime-novita" className="mb-4">
            Ultime novità
          </h2>
          <CardGrid
            cards={all.map((n, i) => newsCard(idx, n, listImage(i)))}
            loadMore={{ label: 'Carica altre novità', pageSize: 12 }}
          />
        </section>
      </>
    ),
  });
  for (const t of NEWS_TYPES) {
    const list = all.filter((n) => n.type === t.type);
    pages.push({
      path: url.newsType(t.type),
      title: t.label,
      description: `${t.label} del ${idx.site.name}.`,
      kind: 'second-level',
      section: 'news',
      breadcrumbs: crumbs([N.label, url.news], [t.label]),
      rating: true,
      searchKind: 'Novità',
      body: () => (
        <>
          <PageHeading title={t.label} description={`${t.label} del ${idx.site.name}.`} />
          <section className="container mb-5" aria-label={t.label}>
            <CardGrid
              headingLevel={2}
              cards={list.map((n, i) => newsCard(idx, n, listImage(i)))}
              empty="Nessun contenuto pubblicato."
              loadMore={{ label: 'Carica altri contenuti', pageSize: 12 }}
            />
          </section>
        </>
      ),
    });
  }
  for (const n of all) pages.push(newsPage(idx, n));
  return pages;
}

function newsPage(idx: SiteIndex, n: Notizia): PageDef {
  const t = NEWS_TYPES.find((x) => x.type === n.type)!;
  const docs = idx.pick(idx.documenti, n.documenti);
  const offices = idx.pick(idx.uffici, n.uffici);
  const people = idx.pick(idx.persone, n.persone);
  const places = idx.pick(idx.luoghi, n.luoghi);
  const sections = [
    { id: 'descrizione', label: 'Descrizione' },
    ...(docs.length ? [{ id: 'documenti', label: 'Documenti' }] : []),
    ...(offices.length || people.length || places.length
      ? [{ id: 'riferimenti', label: 'A cura di e riferimenti' }]
      : []),
  ];
  return {
    path: idx.newsUrl(n),
    title: n.title,
    description: n.summary,
    kind: 'detail',
    section: 'news',
    breadcrumbs: crumbs([N.label, url.news], [t.label, url.newsType(n.type)], [n.title]),
    rating: false,
    ogType: 'article',
    image: n.image ? assetUrl(n.image.src) : undefined,
    searchKind: TYPE_LABEL[n.type],
    body: () => (
      <>
        <PageHeading title={n.title} description={n.summary}>
          <p className="small">
            {'Pubblicato il '}
            <time dateTime={n.date}>{formatDate(n.date)}</time>
            {n.expires ? ` · valido fino al ${formatDate(n.expires)}` : ''}
          </p>
          <TopicChips topics={n.topics} />
        </PageHeading>
        <HeaderImage idx={idx} image={n.image} />
        <DetailLayout sections={sections}>
          <Section id="descrizione" title="Descrizione">
            <Md text={n.body} />
          </Section>
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
          {offices.length || people.length || places.length ? (
            <Section id="riferimenti" title="A cura di e riferimenti">
              <ul>
                {offices.map((o) => (
                  <li key={o.slug}>
                    <a href={idx.unitUrl(o)}>{o.title}</a>
                  </li>
                ))}
                {people.map((p) => (
                  <li key={p.slug}>
                    <a href={idx.personUrl(p)}>{p.name}</a>
                    {`, ${p.role}`}
                  </li>
                ))}
                {places.map((l) => (
                  <li key={l.slug}>
                    <a href={idx.placeUrl(l)}>{l.title}</a>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </DetailLayout>
      </>
    ),
  };
}
