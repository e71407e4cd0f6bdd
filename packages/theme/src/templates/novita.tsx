// Novità: the first-level page, the Notizie / Comunicati / Avvisi lists and every item.
import {
  CategoryCard,
  DetailPage,
  NewsCard,
  PageHeading,
  TopicChipList,
  type CardListEntry,
} from '@piazza/react';
import { NOTIZIA_TYPE_TO_TIPO, type Notizia } from '../content/index.js';
import { assetUrl } from './Layout.js';
import { HeaderImage, SIZES, cardImage, listImage, type PictureOptions } from './picture.js';
import { Cards, LinkList, Md } from './parts.js';
import { NEWS_TYPES, SECTIONS, byDateDesc, formatDate, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

const N = SECTIONS.news;
const TYPE_LABEL = { notizia: 'Notizia', comunicato: 'Comunicato', avviso: 'Avviso' } as const;

export function newsCard(
  idx: SiteIndex,
  n: Notizia,
  opts: Pick<PictureOptions, 'priority' | 'eager'> = {},
): CardListEntry {
  const image = cardImage(idx, n.image, { sizes: SIZES.card, ...opts });
  return {
    key: idx.newsUrl(n),
    card: (
      <NewsCard
        title={n.title}
        href={idx.newsUrl(n)}
        type={NOTIZIA_TYPE_TO_TIPO[n.type]}
        date={n.date}
        description={n.summary}
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
        <PageHeading contained title={N.label} lead={N.description} />
        <section className="container mb-5" aria-labelledby="tipi-novita">
          <h2 id="tipi-novita" className="mb-4">
            Esplora per tipologia
          </h2>
          <Cards
            entries={NEWS_TYPES.map((t) => ({
              key: t.type,
              card: <CategoryCard section="news" title={t.label} href={url.newsType(t.type)} />,
            }))}
          />
        </section>
        <section className="container mb-5" aria-labelledby="ultime-novita">
          <h2 id="ultime-novita" className="mb-4">
            Ultime novità
          </h2>
          <Cards
            entries={all.map((n, i) => newsCard(idx, n, listImage(i)))}
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
          <PageHeading contained title={t.label} lead={`${t.label} del ${idx.site.name}.`} />
          <section className="container mb-5" aria-label={t.label}>
            <Cards
              headingLevel={2}
              entries={list.map((n, i) => newsCard(idx, n, listImage(i)))}
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
  const references = [
    ...idx.pick(idx.uffici, n.uffici).map((o) => ({ href: idx.unitUrl(o), label: o.title })),
    ...idx
      .pick(idx.persone, n.persone)
      .map((p) => ({ href: idx.personUrl(p), label: p.name, after: `, ${p.role}` })),
    ...idx.pick(idx.luoghi, n.luoghi).map((l) => ({ href: idx.placeUrl(l), label: l.title })),
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
        <PageHeading contained title={n.title} lead={n.summary}>
          <p className="small">
            {'Pubblicato il '}
            <time dateTime={n.date}>{formatDate(n.date)}</time>
            {n.expires ? ` · valido fino al ${formatDate(n.expires)}` : ''}
          </p>
          <TopicChipList topics={n.topics} topicHref={url.topic} />
        </PageHeading>
        <HeaderImage idx={idx} image={n.image} />
        <DetailPage
          sections={[
            { id: 'descrizione', title: 'Descrizione', content: <Md text={n.body} /> },
            {
              id: 'documenti',
              title: 'Documenti',
              content: docs.length > 0 && (
                <LinkList items={docs.map((d) => ({ href: idx.documentUrl(d), label: d.title }))} />
              ),
            },
            {
              id: 'riferimenti',
              title: 'A cura di e riferimenti',
              content: references.length > 0 && <LinkList items={references} />,
            },
          ]}
        />
      </>
    ),
  };
}
